records = [("x", 3), ("y", 1), ("z", 3), ("w", 2), ("v", 1), ("u", 3)]
by_number = sorted(records, key=lambda r: r[1])
print(by_number)
multi = sorted(sorted(records, key=lambda r: r[0]), key=lambda r: r[1], reverse=True)
print(multi)
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, key=len))
big = [(i * 7919) % 1000 for i in range(50)]
big.sort()
print(big[:10], big[-5:])
