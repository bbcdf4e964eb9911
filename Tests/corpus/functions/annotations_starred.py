# PEP 646: `*args: *Ts` is annotated with the one item iterating Ts gives, and a starred
# item in a subscript makes a tuple (Python 3.11).
class Unpacked:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "*" + self.name


class VarTuple:
    def __iter__(self):
        yield Unpacked("Ts")


Ts = VarTuple()


def f(*args: *Ts) -> None:
    pass


print(f.__annotations__)


class Box:
    def __class_getitem__(cls, item):
        return item


print(Box[*Ts], Box[int, *Ts], Box[*Ts, str])


class TwoItems:
    def __iter__(self):
        return iter([1, 2])


try:
    def g(*args: *TwoItems()):
        pass
except ValueError as error:
    print("ValueError", error)

namespace = {}
exec("from __future__ import annotations\ndef h(*args: *Ts, **kw: int): pass", namespace)
print(namespace["h"].__annotations__)
