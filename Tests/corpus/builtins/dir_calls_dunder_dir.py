# dir(x) lists what type(x).__dir__ returns, as a new sorted list.

class Listing:
    def __dir__(self):
        return ["zeta", "alpha", "mu"]


class FromTuple:
    def __dir__(self):
        return ("b", "a")


class FromGenerator:
    def __dir__(self):
        yield from ["y", "x"]


class Child(Listing):
    pass


class Meta(type):
    def __dir__(cls):
        return ["class_level", "another"]


class WithMeta(metaclass=Meta):
    pass


print(dir(Listing()))
print(dir(FromTuple()))
print(dir(FromGenerator()))
print(dir(Child()))
print(dir(WithMeta))
print(type(dir(FromTuple())).__name__)


class NotIterable:
    def __dir__(self):
        return 42


try:
    dir(NotIterable())
except TypeError as error:
    print(type(error).__name__, error)


class Unsortable:
    def __dir__(self):
        return ["a", 1]


try:
    dir(Unsortable())
except TypeError as error:
    print(type(error).__name__, error)


class Plain:
    attribute = 1


print("attribute" in dir(Plain()))


class Extended:
    attribute = 1

    def __init__(self):
        self.own = 2

    def __dir__(self):
        return ["extra"] + object.__dir__(self)


names = dir(Extended())
print(names[:3], "own" in names, "attribute" in names, "__dir__" in names)
print(sorted(type.__dir__(Extended)) == dir(Extended))
print(type(object.__dir__(Extended())).__name__)
