r = range(10 ** 20)
print(len(range(10 ** 6)), r[-1], 10 ** 19 in r, r[10 ** 19])
print(sum(range(1, 10001)), sum(range(0, 1000, 7)), max(range(3, 100, 9)))
total = 0
for i in range(100000):
    total += i & 7
print(total)
print(list(range(10 ** 18, 10 ** 18 + 3)))
