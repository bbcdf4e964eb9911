print({5, 3, 1, 0, 7})
print(set([6, 2, 4]))
s = set()
for v in [7, 6, 4, 2, 0]:
    s.add(v)
print(s, list(s), sorted(s, reverse=True))
print({1, 2, 3} | {5, 4}, {x for x in range(8) if x % 3 == 0})
print(sorted({33, 10, 2, 4}), sorted({x for x in range(20) if x % 3 == 0}))
