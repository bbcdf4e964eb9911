a = {"x": 1, "y": 2}
b = {"y": 2, "x": 1}
print(a == b, list(a) == list(b), a != {"x": 1})
print(a | {"z": 3}, {"x": 0} | a)
c = dict(a)
c |= {"x": 100, "w": 0}
print(c, a)
print({**a, "y": 20}, dict(a, y=30))
try:
    a < b
except TypeError as error:
    print("TypeError:", error)
