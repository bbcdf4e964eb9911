# d[k] and d[k] = v on dict subclasses: inherited dict indexing with and without
# __missing__ (defaultdict, Counter), and overriding __getitem__/__setitem__,
# which must still be called for subscripts.
from collections import Counter, defaultdict


class Plain(dict):
    pass


class Missing(dict):
    def __missing__(self, key):
        return ("missing", key)


class Logged(dict):
    log = []

    def __getitem__(self, key):
        Logged.log.append(("get", key))
        return super().__getitem__(key) * 10

    def __setitem__(self, key, value):
        Logged.log.append(("set", key))
        super().__setitem__(key, value + 1)


counts = defaultdict(int)
for word in "the cat and the hat and the bat".split():
    counts[word] += 1
print(sorted(counts.items()), counts["dog"], len(counts))

groups = defaultdict(list)
for number in range(10):
    groups[number % 3].append(number)
print(dict(groups))

tally = Counter("mississippi")
tally["s"] += 10
print(tally["s"], tally["z"], "z" in tally, tally.most_common(2))

plain = Plain(a=1)
plain["b"] = 2
print(plain["a"], plain["b"], sorted(plain))
try:
    plain["c"]
except KeyError as error:
    print("KeyError:", error)

missing = Missing(x=1)
print(missing["x"], missing["y"], "y" in missing)

logged = Logged()
logged["k"] = 4
print(logged["k"], dict.__getitem__(logged, "k"), Logged.log)

nodefault = defaultdict(None)
try:
    nodefault["absent"]
except KeyError as error:
    print("KeyError:", error)
try:
    plain[[1]] = 2
except TypeError as error:
    print("TypeError:", error)
