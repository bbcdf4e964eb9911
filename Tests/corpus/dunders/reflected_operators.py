class Vec:
    def __init__(self, *c):
        self.c = c
    def __repr__(self):
        return f"Vec{self.c}"
    def __mul__(self, k):
        print("__mul__")
        return Vec(*(x * k for x in self.c))
    def __rmul__(self, k):
        print("__rmul__")
        return self * k
    def __radd__(self, other):
        print("__radd__ with", other)
        return Vec(*(x + other for x in self.c))
    def __rsub__(self, other):
        return Vec(*(other - x for x in self.c))
    def __rtruediv__(self, other):
        return Vec(*(other / x for x in self.c))
    def __rpow__(self, other):
        return Vec(*(other ** x for x in self.c))

v = Vec(1, 2)
print(v * 3)
print(3 * v)
print(10 + v, 10 - v, 8 / v, 2 ** v)
print(sum([Vec(1), Vec(2)], 0) if False else "skip sum")
class Left:
    def __add__(self, other):
        return NotImplemented
class Right:
    def __radd__(self, other):
        return "Right.__radd__"
print(Left() + Right())
class Sub(Vec):
    def __rmul__(self, k):
        return "subclass reflected first"
print(Vec(1).__mul__(2) if False else "", Sub(1) * 2 if False else Vec(1) * Sub(2))
