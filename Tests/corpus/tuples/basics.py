t = (1, "two", 3.0, [4])
print(t, len(t), t[1], t[-1], t[1:3], t[::-1])
print((), (1,), tuple(), tuple("ab"), tuple([1, 2]), tuple(range(3)))
single = 5,
print(single, type(single).__name__)
t[3].append(5)
print(t)
try:
    t[0] = 9
except TypeError as error:
    print("TypeError:", error)
print(t.count(1), t.index("two"), (1, 2) + (3,), (0,) * 3, 2 in (1, 2))
try:
    t.index("missing")
except ValueError as error:
    print("ValueError:", error)
