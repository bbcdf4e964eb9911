a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, {10}), a.intersection(b, {5}), a.difference(b), a.symmetric_difference(b))
print({1, 2} <= a, {1, 2} < a, a <= a, a < a, a >= {1}, a.issubset(range(10)), a.isdisjoint({8, 9}))
c = set(a)
c |= {8}
c &= {1, 8, 2}
c -= {2}
c ^= {9, 1}
print(c)
c.update([3, 4], {5})
c.intersection_update({3, 4, 5, 8, 9})
c.difference_update({9})
print(c, sorted(c))
