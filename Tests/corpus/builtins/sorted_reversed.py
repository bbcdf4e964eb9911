data = [5, 2, 9, 1, 5, 6]
print(sorted(data), sorted(data, reverse=True), data)
print(sorted("Banana"), sorted("Banana", key=str.lower), sorted({3: "a", 1: "b"}))
print(sorted(["bb", "a", "ccc"], key=len, reverse=True), sorted([], key=len))
print(list(reversed(data)), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))))
print(list(reversed({"x": 1, "y": 2})))
try:
    reversed({1, 2})
except TypeError as error:
    print("TypeError:", error)
try:
    sorted([1, 2], key=5)
except TypeError as error:
    print("TypeError:", error)
