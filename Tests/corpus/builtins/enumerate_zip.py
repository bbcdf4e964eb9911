names = ["ann", "bob", "cy"]
print(list(enumerate(names)), list(enumerate(names, start=10)))
for i, name in enumerate(names, 1):
    print(i, name)
ages = [31, 25]
print(list(zip(names, ages)), list(zip(names, ages, "xyz")), list(zip()))
print(dict(zip(names, ages)), list(zip(*[(1, 2), (3, 4)])))
e = enumerate("ab")
print(next(e), next(e), next(e, "end"))
try:
    list(zip(names, ages, strict=True))
except ValueError as error:
    print("ValueError:", error)
