# complex(): signed zeros survive when a part is a real number, subclasses get
# instances of their own type, __complex__ and __getnewargs__ exist.
import math
def show(z):
    return (type(z).__name__, math.copysign(1, z.real) * (abs(z.real) or 1) if z.real == 0 else z.real,
            math.copysign(1, z.imag) if z.imag == 0 else z.imag)
for x in (0.0, -0.0, 2.5):
    for y in (0.0, -0.0, -1.5):
        print(x, y, repr(complex(x, y)), show(complex(x, y)))
print(repr(complex(1j, 1j)), repr(complex(1 + 2j, -0.0)), repr(complex(-0.0, 1j)))
class complex2(complex):
    def extra(self):
        return "extra"
z = complex2(-0.0, -0.0)
print(type(z).__name__, repr(z), z.real, z.imag, z.extra(), repr(complex(z)), type(complex(z)).__name__)
w = complex2(1 + 2j)
print(type(w).__name__, w == 1 + 2j, w + 1, type(w + 1).__name__, -w, abs(complex2(3, 4)), hash(w) == hash(1 + 2j))
print(repr(complex2("3+4j")), str(complex2(5)), w.conjugate(), bool(complex2()))
print((1 + 2j).__complex__(), (3 - 4j).__getnewargs__(), complex2(1, 2).__getnewargs__())
class WithComplex:
    def __complex__(self):
        return 4 + 5j
class WithFloat:
    def __float__(self):
        return 2.5
class WithIndex:
    def __index__(self):
        return 7
print(complex(WithComplex()), complex(WithFloat()), complex(WithIndex()), complex(WithFloat(), WithIndex()))
for args in [(None,), ("1", 2), (1, "2"), ({},), (1, {}), ("junk",)]:
    try:
        complex(*args)
    except (TypeError, ValueError) as error:
        print(type(error).__name__, error)
class BadComplex:
    def __complex__(self):
        return 1.5
try:
    complex(BadComplex())
except TypeError as error:
    print("TypeError", error)
import warnings
warnings.simplefilter("ignore", DeprecationWarning)  # CPython warns of a subclass from __complex__
class complex1(complex):
    def __complex__(self):
        return complex1(self.real * 2, self.imag * 2)
print(repr(complex(complex1(1j))), complex.__lt__(1 + 1j, None), complex.__ge__(1j, 2j))
for compare in (lambda: 1j < 2j, lambda: 1j >= 0):
    try:
        compare()
    except TypeError as error:
        print("TypeError", error)
