# Class calls in traced loops: the instance allocated by the runtime and
# __init__ inlined. __init__ returning a value, raising, being replaced, and the
# class gaining __new__ while the loop runs; constructors nested in __init__.


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)


def sums(n):
    acc = Vec(0, 0)
    for i in range(n):
        acc = acc.add(Vec(i, 1))
    return acc.x, acc.y


print(sums(3000))


class Picky:
    def __init__(self, k):
        self.k = k
        if k == 1500:
            return k


def returns_value(n):
    total = 0
    for i in range(n):
        total += Picky(i).k
    return total


try:
    returns_value(2000)
except TypeError as e:
    print("TypeError:", e)


class Fragile:
    def __init__(self, k):
        if k % 1000 == 999:
            raise ValueError("bad %d" % k)
        self.k = k


def raising(n):
    made, failed = 0, 0
    for i in range(n):
        try:
            made += Fragile(i).k
        except ValueError:
            failed += 1
    return made, failed


print(raising(3000))


class Changing:
    def __init__(self, v):
        self.v = v


def replaced(n):
    total = 0
    for i in range(n):
        if i == 700:
            Changing.__init__ = lambda self, v: setattr(self, "v", -v)
        if i == 1400:
            Changing.__new__ = lambda cls, v: "made by __new__"
        obj = Changing(i)
        total += obj.v if not isinstance(obj, str) else 1
    return total


print(replaced(2000))


class Pair:
    def __init__(self, a, b):
        self.first = Vec(a, b)
        self.second = Vec(b, a)


class Base:
    def __init__(self, v):
        self.v = v


class Derived(Base):
    def __init__(self, v):
        super().__init__(v * 2)
        self.extra = v


def nested(n):
    total = 0
    for i in range(n):
        p = Pair(i, i + 1)
        d = Derived(i)
        total += p.first.x + p.second.x + d.v + d.extra
    return total


print(nested(2500))


class Recoded:
    def __init__(self, v, scale=2):
        self.v = v * scale


def init_code_replaced(n):
    # The guard on __init__'s code fails after the swap: the trace must leave before allocating.
    total = 0
    for i in range(n):
        if i == 800:
            Recoded.__init__.__code__ = (lambda self, v, scale=2: setattr(self, "v", v + scale)).__code__
        if i == 1200:
            Recoded.__init__.__defaults__ = (10,)
        total += Recoded(i).v
    return total


print(init_code_replaced(1600))
