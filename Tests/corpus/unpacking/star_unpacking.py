first, *middle, last = range(6)
print(first, middle, last)
*start, end = [1]
print(start, end)
head, *tail = "hello"
print(head, tail)
a, (b, *c), d = 1, (2, 3, 4), 5
print(a, b, c, d)
[x, y], z = "ab", "c"
print(x, y, z)
for left, *rest in [(1, 2, 3), (4,)]:
    print(left, rest)
*_, final = iter(range(100))
print(final)
