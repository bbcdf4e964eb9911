# Operators of user classes in hot loops: the trace inlines the class's forward
# dunder (__add__, __mul__, ...). Each case changes what the recording saw —
# NotImplemented, a subclass with a reflected method, the method rebound, the
# right operand's type, an exception from inside — so the trace must leave.


class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return V(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return V(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        if isinstance(k, V):
            return self.x * k.x + self.y * k.y
        return V(self.x * k, self.y * k)

    def __repr__(self):
        return "V(%r, %r)" % (self.x, self.y)


def loop_vectors(n):
    a = V(0, 0)
    step = V(1, 2)
    for i in range(n):
        a = a + step * 2 - V(1, 1)
        if i == n // 2:
            step = V(0.5, 0.25)   # ints become floats
    return a


print(loop_vectors(3000))


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        return Money(self.cents + other.cents)

    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented


class Euro(Money):
    def __radd__(self, other):
        return Euro(other.cents * 2 + self.cents)


total = Money(0)
for i in range(3000):
    if i < 2000:
        total = total + Money(i)
    elif i < 2500:
        total = total + Euro(1)       # a subclass with __radd__ goes first
    else:
        try:
            total = total + "x"       # NotImplemented both ways: TypeError
        except TypeError as e:
            msg = str(e)
print(total.cents, msg)
print(sum([Money(1), Money(2)], 0).cents)


class Counter:
    def __init__(self, n):
        self.n = n

    def __add__(self, k):
        if k == 13:
            raise OverflowError("unlucky")
        return Counter(self.n + k)


c = Counter(0)
errors = 0
for i in range(4000):
    try:
        c = c + (i % 50)
    except OverflowError:
        errors += 1
    if i == 3000:
        Counter.__add__ = lambda self, k: Counter(self.n - k)   # rebound mid-loop
print(c.n, errors)


class Pt:
    __slots__ = ("x",)

    def __init__(self, x):
        self.x = x

    def __add__(self, other):
        return Pt(self.x + other.x)


p = Pt(0)
for i in range(2000):
    p = p + Pt(i)
print(p.x)


class Defaults:
    def __init__(self, v):
        self.v = v

    def __mul__(self, other, scale=3):
        return Defaults(self.v * other * scale)


d = Defaults(1)
for i in range(1500):
    d = d * 1
print(d.v)


def make_cell_class():
    # A dunder with cells (self and other captured by a lambda) and a free variable (offset):
    # inlined, its cells are made and its closure read as a call's are.
    offset = 10

    class C:
        def __init__(self, x):
            self.x = x

        def __add__(self, other):
            get = lambda: self.x + other.x + offset
            return C(get())
    return C


def run_cells():
    C = make_cell_class()
    a = C(0)
    for i in range(3000):
        a = a + C(1)
    return a.x


print(run_cells())
