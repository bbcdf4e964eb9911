d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0))
print(d.setdefault("c", 3), d.setdefault("a", 99), d)
print(d.pop("b"), d.pop("missing", "default"), d)
d.update({"x": 10}, y=20)
d.update([("z", 30)])
print(d)
print(d.popitem(), d)
copy = d.copy()
d.clear()
print(d, copy, len(copy))
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0))
try:
    d.pop("nothing")
except KeyError as error:
    print("KeyError:", error)
try:
    {}.popitem()
except KeyError as error:
    print("KeyError:", error)
