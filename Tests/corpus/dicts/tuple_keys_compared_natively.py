# Tuple keys in dicts, Counters and sets: a lookup compares the stored key with the
# one asked for item by item without running Python code when it can (strs, bytes,
# ints, floats, identical objects), and falls back to __eq__ for the rest — a class
# with its own __eq__ inside a key is still asked, nested tuples too.
import collections

pairs = collections.Counter()
words = [[bytes([b]) for b in word.encode()] for word in "the theory then there other thesis".split()]
for word in words:
    for pair in zip(word[:-1], word[1:]):
        pairs[pair] += 1
print(sorted(pairs.items())[:6], pairs[(b"t", b"h")], pairs[(b"h", b"e")])

table = {(1, "a"): "int-str", (1.5, b"x"): "float-bytes", ((1, 2), 3): "nested", (): "empty", (None, True): "consts"}
for key in [(1, "a"), (1.5, b"x"), ((1, 2), 3), (), (None, True), (1.0, "a"), (True, "a"), (1, "b"), (2, "a")]:
    print(key, table.get(key, "missing"))

class Loud:
    def __init__(self, value):
        self.value = value
    def __eq__(self, other):
        print("Loud.__eq__", self.value, other.value if isinstance(other, Loud) else other)
        return isinstance(other, Loud) and self.value == other.value
    def __hash__(self):
        return hash(self.value)

keyed = {(1, Loud("x")): "found"}
print(keyed.get((1, Loud("x"))), keyed.get((2, Loud("x"))))

nan = float("nan")
same = (nan, 1)
print({same: 1}.get(same), {(nan, 1): 1}.get((nan, 1)))

seen = set()
for a in range(3):
    for b in "xy":
        seen.add((a, b, (a, b)))
print(len(seen), (1, "y", (1, "y")) in seen, (1, "y", (1, "z")) in seen)

# Tuples that differ only in a subclass of str still compare through __eq__.
class Tag(str):
    def __eq__(self, other):
        return str.__eq__(self.lower(), other.lower() if isinstance(other, str) else other)
    __hash__ = str.__hash__
print({("k", Tag("AB")): 1}.get(("k", "AB")), {("k", "ab"): 2}.get(("k", Tag("ab"))))
print((1, "a") == (1, "a"), (1, "a") != (1, "b"), (b"x", b"y") < (b"x", b"z"), [1, (2,)] == [1, (2,)])
