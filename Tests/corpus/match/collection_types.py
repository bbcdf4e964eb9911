# Which library and user types sequence and mapping patterns accept.
from array import array
from collections import ChainMap, deque, OrderedDict, defaultdict, Counter, namedtuple

def kind(value):
    match value:
        case [*items]:
            return f"sequence of {len(items)}"
        case {**entries}:
            return f"mapping of {len(entries)}"
        case _:
            return "neither"

class Stack(deque):
    pass

class Lookup(ChainMap):
    pass

Pair = namedtuple("Pair", "left right")

class ListAndMore(list):
    extra = 1

class NotASequence:
    def __len__(self):
        return 2
    def __getitem__(self, index):
        return index

for value in [array("i", [1, 2, 3]), deque([1, 2]), Stack([4]), ChainMap({"a": 1}, {"b": 2}), Lookup({"x": 1}),
              OrderedDict(a=1), defaultdict(int, b=2), Counter("aab"), Pair(1, 2), ListAndMore([1]), NotASequence(),
              range(4), "str", b"bytes", bytearray(b"ba"), {1, 2}, frozenset(), iter([]), {}.keys()]:
    print(type(value).__name__, kind(value))

# A namedtuple matches positionally by its fields and as a sequence.
match Pair(3, 4):
    case Pair(l, r):
        print("Pair fields", l, r)
match Pair(5, 6):
    case (a, b):
        print("Pair as sequence", a, b)
match Pair(7, 8):
    case Pair(right=r):
        print("Pair keyword", r)

# ChainMap looks keys up across its maps through get.
match ChainMap({"a": 1}, {"b": 2}):
    case {"a": a, "b": b, **rest}:
        print("ChainMap", a, b, rest)

# array and deque unpack like sequences.
match array("d", [1.5, 2.5]):
    case [x, y]:
        print("array items", x, y)
match deque("abc"):
    case [first, *rest]:
        print("deque items", first, rest)
