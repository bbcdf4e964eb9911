# enumerate() over lists and tuples in hot loops: the trace steps the inner
# iterator, counts and builds the (count, item) tuple itself, and unpacking it
# takes the items directly. Starts other than 0, counts past small ints, lists
# that change while enumerated, the tuple kept and used later, and other
# iterables (left to the runtime) must behave as always.


def weighted(u):
    total = 0.0
    for j, u_j in enumerate(u):
        total += j * u_j
    return total


print(weighted([0.5] * 1000))

pairs_kept = []
s = 0
for i, x in enumerate((10, 20, 30) * 700, 5):
    s += i * x
    if i % 500 == 0:
        pairs_kept.append((i, x))
print(s, pairs_kept)

big = 0
for i, x in enumerate([1, 2, 3] * 400, 2 ** 48 - 600):     # the count passes small ints
    big += i - x
print(big)

items = list(range(10))
seen = []
for n, v in enumerate(items):
    if n < 2000 and n % 3 == 0:
        items.append(v + 100)                # grows while enumerated
    seen.append(n + v)
print(len(seen), sum(seen))

whole = []
for t in enumerate("abcdef" * 300):          # a string iterator: left to the runtime
    whole.append(t)
print(len(whole), whole[-1])

kept = []
for t in enumerate([1.5, None, "x", (1,)] * 500):
    kept.append(t)                           # the tuple itself escapes
print(kept[-4:], kept[1000])


def matrix_row(i, u):
    partial = 0
    for j, u_j in enumerate(u):
        partial += (1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)) * u_j
    return partial


u = [1.0] * 60
print([round(matrix_row(i, u), 9) for i in range(0, 60, 7)])
