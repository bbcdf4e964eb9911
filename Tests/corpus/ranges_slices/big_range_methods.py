# ranges past 64 bits: indexing, slicing, in, index/count, len overflow, iteration.
r = range(10**20)
print(r, r[5:10], r[::-1][0], list(reversed(range(1, 10, 3))), range(-2**62, 2**62)[-1])
print(r.index(7), r.count(10**19), range(0, 10**30, 10**10)[3], 5 in range(10**25, 0, -5))
try:
    len(r)
except OverflowError as e:
    print(e)
print(list(range(2**62-2, 2**62+1)), range(5) == range(0, 5, 1), range(10**20) == range(10**20), bool(range(10**20)))
for i in range(2**70, 2**70+2): print(i)
print(range(10**20, -5, -3).start, range(10**20, -5, -3).step, range(1, 2).stop)
