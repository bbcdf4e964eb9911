def describe(value):
    match value:
        case 0:
            return "zero"
        case int(n) if n < 0:
            return f"negative {n}"
        case int() | float():
            return "number"
        case [x, y]:
            return f"pair {x},{y}"
        case [first, *rest]:
            return f"list starting {first} with {len(rest)} more"
        case {"type": "point", "x": x, "y": y}:
            return f"point at {x},{y}"
        case str() as s if s:
            return f"string {s!r}"
        case None:
            return "nothing"
        case _:
            return "something else"

for v in [0, -5, 3.5, [1, 2], [1, 2, 3], {"type": "point", "x": 1, "y": 2}, "hi", "", None, (9,)]:
    print(repr(v), "->", describe(v))

class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point():
            return "elsewhere"
print([where(Point(*c)) for c in [(0, 0), (3, 0), (0, 4), (1, 1)]])
