# Dict lookups and stores, str comparisons and concatenations, and iterators over
# lists, tuples and ranges inside traced loops: the JIT runs them through helpers
# that leave the trace whenever Python code (__hash__, __eq__, __missing__) or an
# error would be involved. Every result must be what the interpreter computes.

class Node:
    def __init__(self, name):
        self.name = name

class Key:
    """Hashes and compares by value: lookups must call these."""
    calls = 0
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        Key.calls += 1
        return hash(self.v)
    def __eq__(self, other):
        Key.calls += 1
        return isinstance(other, Key) and self.v == other.v

class Defaulting(dict):
    def __missing__(self, key):
        return "missing:" + str(key)

def identity_keys():
    nodes = [Node("n%d" % i) for i in range(50)]
    seen = {}
    for rounds in range(30):
        for n in nodes:
            if n in seen:
                seen[n] = seen[n] + 1
            else:
                seen[n] = 1
    return sorted(seen[n] for n in nodes)[:3], len(seen)

def mixed_keys():
    d = {1: "int", "1": "str", 2.5: "float", None: "none", True: "true?", (1, 2): "tuple"}
    out = []
    for i in range(300):
        k = [1, "1", 2.5, None, True, 1.0, (1, 2), 0, False][i % 9]
        out.append(d.get(k, "-") if k in d else "absent")
        d[k] = d.get(k, "") [:3] + "x"
    return out[-9:], sorted(map(repr, d))

def python_keys():
    d = {}
    for i in range(200):
        k = Key(i % 7)
        d[k] = d.get(k, 0) + 1
        if Key(3) in d and i % 50 == 0:
            d[Key(3)] += 100
    return sorted((k.v, v) for k, v in d.items()), Key.calls > 0

def missing_keys():
    d = {"a": 1, "b": 2}
    got = []
    for i in range(300):
        key = "abc"[i % 3]
        try:
            got.append(d[key])
        except KeyError as e:
            got.append("KeyError " + repr(e.args[0]))
    dd = Defaulting(a=1)
    extra = [dd[k] for k in ["a", "b", "a", "c"] * 60]
    return got[:6], got.count(1), extra[:4], len(extra)

def unhashable_midway():
    d = {}
    out = []
    keys = [1, 2, "x"] * 100 + [[1, 2]]
    for k in keys:
        try:
            d[k] = d.get(k, 0) + 1 if not isinstance(k, list) else 0
        except TypeError as e:
            out.append(str(e))
    try:
        for k in keys:
            if k in d:
                pass
    except TypeError as e:
        out.append(str(e))
    return d, out

def strings():
    words = ["pear", "apple", "fig", "banana", "apple", "Fig", ""]
    counts = [0] * 6
    built = ""
    for i in range(400):
        a, b = words[i % 7], words[(i * 3) % 7]
        counts[0] += a == b
        counts[1] += a != b
        counts[2] += a < b
        counts[3] += a <= b
        counts[4] += a > b
        counts[5] += a >= b
        if i % 40 == 0:
            built = built + a + "/"
        s = a + b
        if s == "pearapple":
            counts[0] += 1000
    return counts, built

def inner_iterators():
    rows = [[i * j for j in range(i % 5)] for i in range(60)]
    total = 0
    pairs = 0
    for row in rows:
        for x in row:
            total += x
        for t in (row, tuple(row)):
            for y in t:
                pairs += 1
        for k in range(len(row)):
            total -= k
    return total, pairs

def mutated_while_iterating():
    out = []
    for round_ in range(40):
        d = {i: i for i in range(5)}
        try:
            for k in d:
                if round_ == 39 and k == 2:
                    d[99] = 1
                out.append(k)
        except RuntimeError as e:
            out.append(str(e))
    return out[-4:], len(out)

print(identity_keys())
print(mixed_keys())
print(python_keys())
print(missing_keys())
print(unhashable_midway())
print(strings())
print(inner_iterators())
print(mutated_while_iterating())

def get_and_len():
    d = {"a": 1, 2: "two", None: 0}
    out = []
    for i in range(300):
        k = ["a", 2, None, "zz", 3.5][i % 5]
        out.append((d.get(k), d.get(k, "dflt"), len(str(k)), len("x" * (i % 4))))
    class Sub(dict):
        def get(self, key, default=None):
            return "overridden"
    s = Sub(a=1)
    more = [s.get("a") for _ in range(100)]
    return out[:5], len(out), more[:2], len(more)

print(get_and_len())

def container_iterators():
    d = {i: str(i) for i in range(8)}
    s = {1, 2, 3, 40, 50}
    keys = values = 0
    items = []
    for r in range(100):
        for k in d:
            keys += k
        for v in d.values():
            values += len(v)
        for k, v in d.items():
            if r == 99:
                items.append((k, v))
        for x in s:
            keys += x
    errors = []
    for r in range(60):
        t = {1, 2, 3}
        try:
            for x in t:
                if r == 59:
                    t.add(99)
        except RuntimeError as e:
            errors.append(str(e))
    return keys, values, items[:3], errors

print(container_iterators())

def pops_and_items():
    work = []
    popped = []
    errors = []
    for i in range(300):
        work.append(i)
        if i % 3 == 2:
            popped.append(work.pop())
        if i % 7 == 0:
            try:
                [].pop()
            except IndexError as e:
                errors.append(str(e))
    text = "héllo wörld"
    chars = []
    for i in range(-12, 40):
        try:
            chars.append(text[i])
        except IndexError as e:
            chars.append(str(e))
    strs = [str(i) + str("s") for i in range(-150, 150, 7)]
    return popped[-3:], len(errors), errors[0], chars[:3], chars[-3:], strs[:3], str(2 ** 70), str(-0)

def nested_lists():
    grid = [[j for j in range(i % 4)] for i in range(80)]
    out = 0
    for row in grid:
        for cell in row:
            out += cell
        for cell in tuple(row):
            out -= cell * 2
        it = iter(row)
        for cell in it:
            out += 1
        for cell in it:
            out += 1000
    return out

print(pops_and_items())
print(nested_lists())

def set_membership():
    seen = set()
    frozen = frozenset(["a", 1, 2.5, None])
    hits = [0, 0, 0]
    for i in range(400):
        k = [i % 13, "k%d" % (i % 7), (i % 3, 1), Node("x"), 2.5, None, 1.0, True][i % 8]
        if k in seen:
            hits[0] += 1
        else:
            seen.add(k if not isinstance(k, Node) else "node")
        hits[1] += k in frozen
        hits[2] += k not in frozen
        hits[2] += Key(i % 3) in {Key(1), Key(2)}
        hits[2] += {1, 2} in {frozenset({1, 2})}
    return hits, len(seen)

print(set_membership())
