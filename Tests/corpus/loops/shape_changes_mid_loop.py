class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

points = [Point(i, 2 * i) for i in range(6000)]
for i, p in enumerate(points):
    if i % 1000 == 999:
        p.z = i
    if i == 3000:
        del p.x
        p.x = "replaced"
total = 0
with_z = 0
for p in points:
    if hasattr(p, "z"):
        with_z += p.z
    if isinstance(p.x, int):
        total += p.x + p.y
print(total, with_z, points[3000].x, sorted(vars(points[3000])), sorted(vars(points[999])))
class Counter:
    pass
c = Counter()
c.n = 0
for i in range(5000):
    c.n += 1
    if i == 2000:
        c.extra = "added mid-loop"
    if i == 4000:
        del c.extra
print(c.n, hasattr(c, "extra"), vars(c))
