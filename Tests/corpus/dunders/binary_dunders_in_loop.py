# Binary operators on instances run their dunder as an interpreter frame; the whole
# protocol must hold: NotImplemented falls back to the reflected method, a subclass
# overriding the reflected method goes first, and errors name both types.


class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, other):
        if isinstance(other, V):
            return V(self.x + other.x)
        if isinstance(other, (int, float)):
            return V(self.x + other)
        return NotImplemented

    def __radd__(self, other):
        return ("radd", other)

    def __mul__(self, other):
        return NotImplemented

    def __sub__(self, other):
        raise ValueError("no subtraction")

    def __truediv__(self, other):
        return self.x / other.x

    def __repr__(self):
        return "V(%r)" % self.x


class W(V):
    def __radd__(self, other):
        return ("W radd first", other.x)


class Other:
    def __rmul__(self, other):
        return ("Other rmul", other.x)


print(V(1) + V(2), V(1) + 5, V(1) + 2.5)
try:
    V(1) + "s"
except TypeError as error:
    print(error)
print(5 + V(1))
print(V(1) + W(2))
print(V(3) * Other())
try:
    V(1) * V(2)
except TypeError as error:
    print(error)
try:
    V(1) * 3
except TypeError as error:
    print(error)
try:
    V(1) - V(2)
except ValueError as error:
    print("raised:", error)
try:
    V(1) / V(0)
except ZeroDivisionError as error:
    print(error)
total = V(0)
for index in range(5):
    total = total + V(index)
print(total)
total += V(10)
print(total)


class Pow:
    def __pow__(self, other):
        return NotImplemented


try:
    Pow() ** 2
except TypeError as error:
    print(error)


class Returns:
    def __and__(self, other):
        return other

    def __or__(self, other):
        return [self.__class__.__name__, other]


print(Returns() & 7, Returns() | None)


class Deep:
    def __add__(self, other):
        return self + other


try:
    Deep() + 1
except RecursionError:
    print("recursion error")


class Changing:
    def __add__(self, other):
        return "first"


c = Changing()
print(c + 1)
Changing.__add__ = lambda self, other: "second"
print(c + 1)
del Changing.__add__
try:
    c + 1
except TypeError as error:
    print(error)
