class Key:
    """A key whose hashing and comparison allocate, so a collector may run inside dict operations."""
    def __init__(self, text):
        self.text = text
    def __hash__(self):
        return hash(tuple(self.text))
    def __eq__(self, other):
        return list(self.text) == list(other.text)

table = {}
for i in range(3000):
    table[Key(str(i % 700))] = i
print(len(table), table[Key("0")], table[Key("699")])
values = list(range(4000))
ordered = sorted(values, key=lambda v: (v % 13, [str(v)], -v))
print(ordered[:6], ordered[-3:])
print(max(values, key=lambda v: str(v * 7)[::-1]), min(values, key=lambda v: (str(v)[-1], v)))
joined = ",".join(str(v * v) for v in range(300) if v % 7 == 0)
print(len(joined), joined[:40])
class Loud:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        parts = [str(self.n)] * 3
        return "Loud(" + "-".join(parts) + ")"
    def __lt__(self, other):
        return [self.n % 5, self.n] < [other.n % 5, other.n]
items = [Loud(i) for i in range(40)]
items.sort()
print(items[:5])
print(sum(map(lambda v: len(str(v) * 2), range(5000))), list(filter(lambda v: str(v) == str(v)[::-1], range(100, 200))))
