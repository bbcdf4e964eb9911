# Mapping patterns: get semantics, **rest, extra keys, subclasses.
from collections import defaultdict, OrderedDict

def describe(value):
    match value:
        case {"type": "point", "x": x, "y": y}:
            return f"point {x},{y}"
        case {"type": "circle", "r": r, **rest}:
            return f"circle r={r} rest={sorted(rest.items())}"
        case {1: one, 2.0: two}:
            return f"numbers {one} {two}"
        case {"empty": {}}:
            return "empty inside"
        case {}:
            return f"some mapping with {len(value)} keys"
        case _:
            return "not a mapping"

for v in [{"type": "point", "x": 1, "y": 2, "z": 3}, {"type": "circle", "r": 5, "color": "red", "fill": None},
          {1: "a", 2: "b"}, {True: "t", 2: "two"}, {"empty": {}}, {"empty": {1: 2}}, {}, [], "abc",
          OrderedDict(type="point", x=0, y=0), {"type": "point", "x": 1}]:
    print(repr(v), "->", describe(v))

# defaultdict: get does not call __missing__, so nothing is added.
d = defaultdict(list)
d["present"] = 1
match d:
    case {"absent": _}:
        print("absent matched?")
    case {"present": p}:
        print("present", p, sorted(d))

# A dict subclass with its own get is asked through get.
class Loud(dict):
    def get(self, key, default=None):
        print("get", key)
        return super().get(key, default)

match Loud(a=1, b=2):
    case {"a": 1, "b": b, **rest}:
        print("loud matched", b, rest, type(rest).__name__)

# rest is a new dict without the matched keys; the subject is unchanged.
subject = {"k": 1, "other": 2, "more": 3}
match subject:
    case {"k": _, **rest}:
        rest["added"] = 4
        print(sorted(rest.items()), sorted(subject.items()))

# **rest alone copies.
match {"x": 1}:
    case {**everything}:
        print(everything)

class Keys:
    A = "a"
    B = "b"

match {"a": 1, "b": 2}:
    case {Keys.A: a, Keys.B: b}:
        print("attribute keys", a, b)

# Key order of evaluation and None values.
match {"n": None}:
    case {"n": None}:
        print("None value matched")
