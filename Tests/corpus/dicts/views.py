d = {"one": 1, "two": 2, "three": 3}
keys, values, items = d.keys(), d.values(), d.items()
print(keys, values, items)
d["four"] = 4
print(len(keys), list(values), ("four", 4) in items, "one" in keys)
print(keys & {"one", "five"}, sorted(keys | {"x"}), sorted(keys - {"one"}))
print(sorted(items)[0], list(reversed(d)), list(reversed(d.values())))
for k, v in d.items():
    print(k, v)
try:
    for k in d:
        d["new"] = 0
except RuntimeError as error:
    print("RuntimeError:", error)
