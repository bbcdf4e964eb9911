pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3), (-6, 3), (1, 5), (-1, 5)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b))
print(divmod(10**20 + 7, -3))
print((-10**20) // 3, (-10**20) % 3)
