# float() and tuple() take no keywords, but a subclass with an __init__ of its own
# may be called with keywords, which __new__ then leaves alone.
class PlainFloat(float):
    pass
class FloatWithInit(float):
    def __init__(self, value, extra=None):
        self.extra = extra
class FloatWithNew(float):
    def __new__(cls, value, extra=None):
        self = super().__new__(cls, value)
        self.extra = extra
        return self
class TupleWithInit(tuple):
    def __init__(self, items, extra=None):
        self.extra = extra
u = FloatWithInit(2.5, extra=3)
v = FloatWithNew(1.5, extra=4)
t = TupleWithInit([1, 2], extra=5)
print(type(u).__name__, u, u.extra, type(v).__name__, v, v.extra, type(t).__name__, t, t.extra)
for call in (lambda: float(x=1.0), lambda: PlainFloat(x=0), lambda: tuple(iterable=[1]), lambda: float(1, 2)):
    try:
        print(call())
    except TypeError as error:
        print("TypeError", error)
