# collections: deque, defaultdict, OrderedDict, Counter, namedtuple, ChainMap.
from collections import deque, defaultdict, OrderedDict, Counter, namedtuple, ChainMap

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d.pop(), d.popleft(), d)
d.rotate(1)
print(d, list(reversed(d)), 2 in d)
bounded = deque(range(10), maxlen=3)
bounded.append(99)
print(bounded, bounded.maxlen)
for i in range(1000):
    d.append(i)
    d.popleft()
print(len(d), d[0], d[-1])

groups = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[word[0]].append(word)
print(dict(groups), groups["z"], len(groups), isinstance(groups, dict))
counts = defaultdict(int)
for ch in "mississippi":
    counts[ch] += 1
print(sorted(counts.items()))
print(defaultdict(int, {"a": 1}))

od = OrderedDict()
od["b"] = 2
od["a"] = 1
od["c"] = 3
od.move_to_end("b")
print(list(od), od.popitem(), od.popitem(last=False), od)

c = Counter("abracadabra")
print(c.most_common(3), c["a"], c["z"], sorted(c.elements())[:6])
c.update("aaz")
print(c["a"], c["z"], c.total())
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2))
print(Counter({"x": 2, "y": 5}))

Point = namedtuple("Point", "x y")
p = Point(3, y=4)
print(p, p.x, p.y, p[0], p + (5,), p._asdict(), p._replace(x=10), Point._fields)
x, y = p
print(x, y, isinstance(p, tuple), p == (3, 4), len(p), Point._make([7, 8]))
Color = namedtuple("Color", ["red", "green", "blue"], defaults=[0])
print(Color(1, 2), Color(1, 2, 3))
try:
    Point(1)
except TypeError as error:
    print("TypeError:", error)

chain = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(chain["a"], chain["b"], len(chain), sorted(chain), "b" in chain)
