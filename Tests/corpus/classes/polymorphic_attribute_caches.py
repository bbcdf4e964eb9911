# One call site sees several classes: attribute loads, stores and method calls
# must follow each class, and class changes must reach every cached site.


class Base:
    kind = "base"

    def describe(self):
        return "Base " + self.name


class Left(Base):
    def describe(self):
        return "Left " + self.name


class Right(Base):
    kind = "right"


class Up(Left):
    def describe(self):
        return "Up " + super().describe()


class Down:
    def __init__(self):
        self.name = "down"

    def describe(self):
        return "Down"


def make(cls, name, extra):
    obj = cls.__new__(cls) if cls is not Down else Down()
    obj.name = name
    if extra:
        obj.extra = extra
    return obj


objects = [make(Base, "b", 0), make(Left, "l", 1), make(Right, "r", 0), make(Up, "u", 2), make(Down, "d", 0)]


def run(rounds):
    out = []
    for _ in range(rounds):
        for obj in objects:
            out.append((obj.describe(), obj.name, getattr(obj, "kind", None)))
            obj.name = obj.name + "."
    return out


print(run(2))

# Replace a method on a base class: every subclass site must see it.
Base.describe = lambda self: "patched " + self.name
print(run(1))

# An instance attribute shadows the class's method.
objects[2].describe = lambda: "own function"
print(run(1))

# Delete the override: the class method comes back.
del objects[2].describe
print(run(1))

# Class attribute changes on a base reach subclass lookups.
Base.kind = "changed"
print([getattr(obj, "kind", None) for obj in objects])
del Right.kind
print([getattr(obj, "kind", None) for obj in objects])


# Stores that add attributes in different orders give different shapes at one site.
class Point:
    pass


def build(order):
    p = Point()
    for name in order:
        setattr(p, name, len(name))
    return p


points = [build("ab"), build("ba"), build(["x", "y", "z"]), build(["z"]), build([])]
for rounds in range(3):
    for p in points:
        p.total = rounds
        p.a = rounds * 2
print([sorted(vars(p).items()) for p in points])


# A dunder looked up by the runtime (not by a cached site) follows class changes too.
class Number:
    def __init__(self, value):
        self.value = value

    def __add__(self, other):
        return Number(self.value + other.value)

    def __repr__(self):
        return "Number(%d)" % self.value


print(Number(1) + Number(2))
Number.__add__ = lambda self, other: Number(self.value * other.value)
print(Number(3) + Number(4))
del Number.__add__
try:
    Number(1) + Number(2)
except TypeError as error:
    print(error)
