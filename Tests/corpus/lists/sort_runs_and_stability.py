# list.sort and sorted over inputs with runs: ascending, strictly descending,
# descending with ties (which must stay in order), sorted prefixes with a tail,
# short and long lists, keys and reverse=True, and errors from comparisons.
import random


class Item:
    def __init__(self, key, tag):
        self.key, self.tag = key, tag

    def __lt__(self, other):
        return self.key < other.key

    def __repr__(self):
        return f"{self.key}{self.tag}"


def tags(items):
    return "".join(item.tag for item in items)


letters = "abcdefghijklmnopqrstuvwxyz"
descending_ties = [Item(k, letters[i]) for i, k in enumerate([5, 5, 4, 4, 4, 3, 2, 2, 1, 1, 0])]
print(tags(sorted(descending_ties)), tags(sorted(descending_ties, reverse=True)))
ascending_ties = [Item(k, letters[i]) for i, k in enumerate([0, 0, 1, 2, 2, 2, 3, 4, 4, 5])]
print(tags(sorted(ascending_ties)), tags(sorted(ascending_ties, reverse=True)))

random.seed(11)
for size in (0, 1, 2, 31, 32, 33, 65, 200, 1000):
    base = [random.randint(0, size // 3 + 1) for _ in range(size)]
    cases = {
        "random": base,
        "sorted": sorted(base),
        "descending": sorted(base, reverse=True),
        "sorted+tail": sorted(base[: size // 2]) + base[size // 2:],
        "sawtooth": [i % 7 for i in range(size)],
    }
    line = []
    for name, values in cases.items():
        items = [Item(v, letters[i % 26]) for i, v in enumerate(values)]
        forward, backward = sorted(items), sorted(items, reverse=True)
        in_place = list(items)
        in_place.sort(key=lambda item: -item.key)
        line.append(f"{name}:{hash(tags(forward)) == hash(''.join(i.tag for i in sorted(items, key=lambda x: x.key)))}"
                    f"/{[i.key for i in forward] == sorted(values)}/{[i.key for i in backward] == sorted(values, reverse=True)}"
                    f"/{sum((p + 1) * (ord(i.tag) - 96) for p, i in enumerate(backward)) % 9973}"
                    f"/{sum((p + 1) * (ord(i.tag) - 96) for p, i in enumerate(in_place)) % 9973}")
    print(size, " ".join(line))

words = "the quick brown fox jumps over the lazy dog again and again".split()
print(sorted(words), sorted(words, key=len), sorted(words, key=len, reverse=True))
print(sorted([3.5, 1, 2.25, -1, 0.0, 2]), sorted([(2, "b"), (1, "z"), (2, "a"), (1, "a")]))

compared = []


class Counted:
    def __init__(self, value):
        self.value = value

    def __lt__(self, other):
        compared.append(1)
        return self.value < other.value


sorted([Counted(i) for i in range(100)])
print("comparisons for 100 sorted items:", len(compared))

for bad in ([1, "a"], ["a", 1], [1, 2, None, 3], [[1], (1,)]):
    try:
        sorted(bad)
    except TypeError as error:
        print("TypeError", error)


class Fails:
    def __init__(self, value):
        self.value = value

    def __lt__(self, other):
        if self.value == 13 or other.value == 13:
            raise ValueError("thirteen")
        return self.value < other.value


values = [Fails(v) for v in range(40, 0, -1)]
try:
    values.sort()
except ValueError as error:
    print("ValueError", error, len(values), sorted(v.value for v in values) == list(range(1, 41)))
mutated = list(range(50, 0, -1))
try:
    mutated.sort(key=lambda v: (mutated.append(v), v)[1])
except ValueError as error:
    print("ValueError", error)
