print(list(range(5)), list(range(2, 8)), list(range(0, 20, 5)), list(range(10, 0, -3)))
print(list(range(0)), list(range(5, 2)), list(range(-5, -1)), list(range(3, -3, -1)))
r = range(1, 20, 3)
print(r, len(r), r[0], r[-1], r[2:4], r[::-1], 7 in r, 8 in r)
print(r.index(10), r.count(4), range(0, 10, 2) == range(0, 9, 2), range(0) == range(5, 5))
print(repr(range(3)), repr(range(1, 5, 2)), str(range(0, -5, -1)))
try:
    range(1, 5, 0)
except ValueError as error:
    print("ValueError:", error)
try:
    r[100]
except IndexError as error:
    print("IndexError:", error)
try:
    range(1.5)
except TypeError as error:
    print("TypeError:", error)
