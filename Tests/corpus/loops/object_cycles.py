class Pair:
    def __init__(self, label):
        self.label = label
        self.partner = None

survivors = []
for i in range(10000):
    a = Pair("a" + str(i))
    b = Pair("b" + str(i))
    a.partner = b
    b.partner = a
    if i % 2500 == 0:
        survivors.append(a)
print([(p.label, p.partner.label, p.partner.partner is p) for p in survivors])
ring = [Pair(str(i)) for i in range(1000)]
for i, p in enumerate(ring):
    p.partner = ring[(i + 1) % len(ring)]
walker = ring[0]
for _ in range(2500):
    walker = walker.partner
print(walker.label)
del ring
print(walker.partner.partner.label)
self_referencing = []
for i in range(3000):
    box = {"id": i}
    box["self"] = box
    items = [i]
    items.append(items)
    if i % 1000 == 999:
        self_referencing.append((box, items))
print([(b["id"], b["self"]["self"]["id"], l[1][1][0]) for b, l in self_referencing])
