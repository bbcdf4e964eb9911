t = (5, 3, 8, 1)
print(sum(t), max(t), min(t), sorted(t), len(t), any(t), all(t))
print(list(reversed(t)), list(enumerate(t, 1)), list(zip(t, "abcd")))
total = 0
for v in t:
    total += v
print(total)
print(tuple(map(lambda v: v * 2, t)), tuple(filter(lambda v: v > 3, t)))
print(t.__len__(), t.__getitem__(0), t.__contains__(8), (1, 2).__add__((3,)))
