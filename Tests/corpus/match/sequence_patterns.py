# Sequence patterns: which types are sequences, lengths, stars, nesting.
from collections import deque

def shape(value):
    match value:
        case []:
            return "empty"
        case [x]:
            return f"one: {x!r}"
        case [x, y]:
            return f"two: {x!r} {y!r}"
        case [first, *middle, last] if len(middle) > 2:
            return f"long: {first!r} ... {last!r} ({len(middle)} between)"
        case (first, *rest):
            return f"head {first!r} rest {rest!r}"
        case _:
            return "not a sequence"

class MyList(list):
    pass

class MyTuple(tuple):
    pass

for v in [[], (), [1], (1,), [1, 2], (1, 2), range(3), range(10), [1, 2, 3], MyList([7, 8]),
          MyTuple((1, 2, 3)), "ab", b"ab", bytearray(b"ab"), {1: 2}, {1, 2}, 5, None, deque([1, 2]),
          iter([1, 2])]:
    print(type(v).__name__, "->", shape(v))

# Star wildcard in the middle reads by index.
def ends(value):
    match value:
        case [a, *_, b]:
            return (a, b)
        case [*_]:
            return "shorter"
print(ends([1, 2, 3, 4]), ends((5, 6)), ends([9]), ends(range(2, 9)))

# Nested sequences and groups.
def nested(value):
    match value:
        case [(a, b), [c, [d]]]:
            return a + b + c + d
        case [[_, _], *_] as whole:
            return f"pair first in {whole}"
        case ((x)):
            return f"group {x}"

print(nested([(1, 2), [3, [4]]]))
print(nested([[1, 2], 3]))
print(nested("text"))

# The star collects a list even from a tuple subject.
match (1, 2, 3):
    case (1, *others):
        print(others, type(others).__name__)

# Open sequence pattern at the top of a case.
match [1, [2, 3]]:
    case a, [b, *c]:
        print(a, b, c)

# The star may be empty.
match [1]:
    case [1, *empty]:
        print("empty star", empty)

# A sequence whose items are literals and values.
match ["go", "north"]:
    case ["go", ("north" | "south") as direction]:
        print("going", direction)
