# Tuples built and unpacked, and lists built by comprehensions, in hot loops:
# the trace allocates them through helpers and fills them itself. Lengths that
# change, items of every kind, and unpacking that fails must behave as always.


def pairs(n):
    out = []
    for i in range(n):
        t = (i, i * 0.5, str(i), None)
        a, b, c, d = t
        out.append((b, a))
    return out


print(pairs(2000)[-3:])


def swaps(n):
    x, y = 1, 2
    for i in range(n):
        x, y = y, x + y % 1000
    return x, y


print(swaps(3000))

rows = [(1, 2), [3, 4], (5, 6, 7), "ab", [8], (9, 10)]
ok = bad = 0
for i in range(3000):
    r = rows[i % 6] if i > 500 else rows[i % 2]
    try:
        p, q = r
        ok += 1
    except ValueError as e:
        bad += 1
        msg = str(e)
print(ok, bad, msg)


def squares(n):
    return [k * k for k in range(n)]


total = 0
for i in range(1500):
    sq = squares(i % 40)            # lists that grow past their first storage
    total += len(sq) + (sq[-1] if sq else 0)
    total += sum([x for x in sq if x % 3 == 0])
    grid = [[a * b for a in range(3)] for b in range(i % 4)]
    total += len(grid)
print(total)


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


pts = [P(i, -i) for i in range(50)]
acc = []
for i in range(2000):
    coords = [(p.x, p.y) for p in pts[: i % 7]]
    for (x, y) in coords:
        acc.append(x - y)
print(len(acc), sum(acc))

nested = 0
for i in range(2000):
    (a, (b, c)), d = (i, (i + 1, i + 2)), [i]
    nested += a + b + c + d[0]
print(nested)
