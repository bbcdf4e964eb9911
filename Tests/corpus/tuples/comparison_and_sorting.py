print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 99), () < (0,))
print((1, "a") == (1, "a"), (1, 2) != (2, 1))
points = [(3, 1), (1, 2), (3, 0), (2, 2), (1, 1)]
print(sorted(points), max(points), min(points, key=lambda p: p[1]))
print(sorted(points, key=lambda p: (p[1], -p[0])))
try:
    (1, "a") < (1, 2)
except TypeError as error:
    print("TypeError:", error)
