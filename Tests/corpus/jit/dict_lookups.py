# dict[str] and `str in dict` in hot loops: a lookup helper in the trace.
# Missing keys (KeyError), dict subclasses with __missing__, keys of other
# types, str subclasses with their own __eq__ and __hash__, a non-str key whose
# hash collides with a str's, and dicts changing while the loop runs must give
# what the interpreter gives.

# The loops are in functions: module-level names are left to the runtime.


def lookups():
    table = {"alpha": 1, "beta": 2, "gamma": 3}
    words = ["alpha", "beta", "gamma", "delta", "beta"]
    total = 0
    missing = 0
    last = None
    for i in range(5000):
        w = words[i % 5] if i > 1000 else words[i % 3]
        if w in table:
            total += table[w]
        if w not in table:
            missing += 1
        try:
            total += table[w] * 2
        except KeyError as e:
            last = repr(e)
        if i == 3000:
            table["delta"] = 40          # a key appears mid-loop
    print(total, missing, last)


lookups()


class Defaulting(dict):
    def __missing__(self, key):
        return len(key)


def defaulting():
    d = Defaulting(a=1)
    s = 0
    for i in range(3000):
        s += d["a"] + d["zz" * (i % 3 + 1)]
    print(s)


defaulting()


class Loud(str):
    def __hash__(self):
        return hash(str(self))

    def __eq__(self, other):
        return str(self) == str(other)


class Collides:
    def __init__(self, text):
        self.text = text

    def __hash__(self):
        return hash(self.text)

    def __eq__(self, other):
        global eq_calls
        eq_calls += 1
        return other == self.text


eq_calls = 0


def mixed_keys():
    mixed = {"k1": 1, 2: "two", Collides("k3"): 3}
    count = 0
    for i in range(3000):
        key = ["k1", Loud("k1"), "k3", 2, "nope"][i % 5] if i > 1500 else "k1"
        if key in mixed:
            count += 1
        try:
            mixed[key]
        except KeyError:
            count += 100
    print(count, eq_calls)


mixed_keys()


def counting():
    counts = {}
    for i in range(4000):
        k = "key%d" % (i % 37)
        counts[k] = counts[k] + 1 if k in counts else 1
    print(sorted(counts.items())[:3], len(counts))


counting()
