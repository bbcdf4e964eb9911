def find(items, key):
    for item in items:
        if item.get("id") == key:
            return item
    return None

records = [{"id": 1, "name": "one"}]
print(find(records, 1)["name"])
print(find(records, 2).name)
