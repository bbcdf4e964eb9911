point = 3, 4
x, y = point
print(x, y)
x, y = y, x
print(x, y)
(a, b), c = (1, 2), 3
print(a, b, c)
first, *rest = (1, 2, 3, 4)
print(first, rest)
*init, last = "abc"
print(init, last)
def min_max(values):
    return min(values), max(values)
low, high = min_max([4, 9, 1])
print(low, high)
for index, (name, score) in enumerate([("a", 1), ("b", 2)]):
    print(index, name, score)
