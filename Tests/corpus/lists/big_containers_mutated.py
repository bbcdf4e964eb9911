# Big lists, dicts and sets mutated in place (stores, insert, pop, slice assignment)
# while young objects come and go: the write barrier's card tables must cover every move.
import gc
big = [None] * 1500
d = {}
for round in range(8):
    for i in range(0, len(big), 7):
        big[i] = [round, i]
    for i in range(700):
        d[i * 3 + round] = (round, str(i))
    big.insert(100, ["inserted", round])
    big.pop(50)
    del big[10:20]
    big[30:35] = [[round]] * 7
    s = set()
    for i in range(700): s.add((i, round))
    if round % 3 == 0: gc.collect()
print(sum(x[0] for x in big if isinstance(x, list) and x and isinstance(x[0], int)), len(d), len(s), len(big))
