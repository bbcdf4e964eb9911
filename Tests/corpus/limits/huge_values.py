# Big results stay correct and bounded: long ints, long strings, big lists.
x = 7 ** 2000
print(len(str(x)), x % 1000003)
s = "ab" * 500000
print(len(s), s[-3:], s.count("ba"))
big = list(range(200000))
print(sum(big), big[-1], len(big[::7]))
print(2 ** 64 - 1, -(2 ** 64), (2 ** 100) // 3, (2 ** 100) % 7, -(2 ** 70) // 3)
print(1 << 100, (1 << 100) >> 99, (10 ** 30) / 10 ** 10)
