# Class patterns: __match_args__, keywords, builtin types matching themselves.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

class Plain:
    def __init__(self):
        self.a = 1

def where(p):
    match p:
        case Point3(0, 0, 0):
            return "3d origin"
        case Point(0, 0):
            return "origin"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Point3(z=z) if z > 5:
            return f"high at z={z}"
        case Point(x, y=py) if x == py:
            return f"diagonal {x}"
        case Point():
            return "elsewhere"
        case Plain(a=1):
            return "plain with a=1"
        case object(missing=_):
            return "has missing?"
        case _:
            return "not a point"

for p in [Point(0, 0), Point(3, 0), Point(0, 4), Point(2, 2), Point(1, 2), Point3(0, 0, 0), Point3(1, 2, 9),
          Point3(0, 0, 1), Plain(), 5]:
    print(where(p))

# Builtin types that match themselves with one positional pattern.
def builtin(value):
    match value:
        case bool(b):
            return f"bool {b}"
        case int(i):
            return f"int {i}"
        case float(f):
            return f"float {f}"
        case str(s):
            return f"str {s!r}"
        case bytes(b) | bytearray(b):
            return f"bytes-like {b!r}"
        case list(items) | tuple(items):
            return f"sequence {items!r}"
        case dict(d):
            return f"dict {d!r}"
        case set(s) | frozenset(s):
            return f"set of {len(s)}"
        case _:
            return "other"

class MyInt(int):
    pass

class MyStr(str):
    pass

for v in [True, 3, MyInt(7), 2.5, "s", MyStr("m"), b"b", bytearray(b"ba"), [1], (2,), {"k": 1}, {1}, frozenset(), None]:
    print(builtin(v))

# A subclass of a self-matching type that defines __match_args__ uses it instead.
class Tagged(int):
    __match_args__ = ("tag",)
    tag = "tagged"

match Tagged(5):
    case Tagged(t):
        print("Tagged ->", t)

# Attribute lookups run in order: positional first, then keywords.
class Noisy:
    __match_args__ = ("first", "second")
    def __getattr__(self, name):
        print("getattr", name)
        if name == "absent":
            raise AttributeError(name)
        return name.upper()

match Noisy():
    case Noisy(f, s, third=t):
        print(f, s, t)
match Noisy():
    case Noisy(first="X"):
        print("no")
    case Noisy(absent=_):
        print("no")
    case Noisy(second=s):
        print("second", s)

# isinstance honours __instancecheck__ on a metaclass.
class Meta(type):
    def __instancecheck__(cls, instance):
        return isinstance(instance, int) and instance % 2 == 0

class Even(metaclass=Meta):
    pass

for n in [1, 2]:
    match n:
        case Even():
            print(n, "is even")
        case _:
            print(n, "is odd")

# Dotted class names.
import collections
match collections.OrderedDict(a=1):
    case collections.OrderedDict(items=_):
        print("OrderedDict by dotted name")
