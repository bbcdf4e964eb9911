a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
items = [1, 2, 3, 4]
items[0], items[-1] = items[-1], items[0]
print(items)
i = 0
values = [10, 20]
i, values[i] = 1, 99
print(i, values)
x = y = z = []
x.append(1)
print(y, z, x is z)
p, q = q, p = 1, 2
print(p, q)
