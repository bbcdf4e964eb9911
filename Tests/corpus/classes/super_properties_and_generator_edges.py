class A:
    @classmethod
    def make(cls): return f"A.make({cls.__name__})"
    @property
    def p(self): return "A.p"
    def __repr__(self): return "A()"
class B(A):
    @classmethod
    def make(cls): return "B+" + super().make()
    @property
    def p(self): return "B+" + super().p
    def __repr__(self): return "B:" + super().__repr__()
print(B.make(), B().p, repr(B()))
print(super(B, B()).p, super(B, B).make())
class Meta(type):
    def __getattr__(cls, name): return f"meta-{name}"
class C(metaclass=Meta): pass
print(C.anything)
X = type("X", (A,), {"v": 1})
print(X.v, X().p, X.__name__, X.__mro__[1].__name__)
class Temp:
    def __init__(self): self._c = 0
    @property
    def c(self): return self._c
    @c.setter
    def c(self, v): self._c = v
t = Temp(); t.c = 5; print(t.c)
try:
    del t.c
except AttributeError as e: print(e)
class RO:
    @property
    def x(self): return 1
try:
    RO().x = 2
except AttributeError as e: print(e)
try:
    object().foo = 1
except AttributeError as e: print(e)
class Cnt:
    count = 0
    def __init_subclass__(cls, **kw):
        Cnt.count += 1
class D1(Cnt): pass
class D2(D1): pass
print(Cnt.count)
try:
    class Bad(Cnt, flag=1): pass
except TypeError as e: print(e)
import sys
def g3():
    try:
        raise KeyError("in gen")
    except KeyError:
        yield sys.exc_info()[0].__name__
print(list(g3()), sys.exc_info())
class CM:
    def __enter__(self): return self
    def __exit__(self, *a):
        print("exit", a[0].__name__ if a[0] else None)
        return True
with CM():
    raise ValueError
print("suppressed")
try:
    try:
        raise ValueError("a")
    finally:
        print("finally")
except ValueError as e:
    print("caught", e)
try:
    pass
except Exception as e:
    pass
e = 1
try:
    raise TypeError
except TypeError as e:
    pass
try:
    print(e)
except NameError as err:
    print("NameError:", err)
class It:
    def __init__(self): self.n = 0
    def __iter__(self): return self
    def __next__(self):
        self.n += 1
        if self.n > 2: raise StopIteration
        return self.n
def deleg():
    r = yield from It()
    print("r", r)
print(list(deleg()))
def gclose():
    yield 1
c = gclose(); next(c); c.close(); print(next(c, "exhausted"))
stubborn = [True]
def ignore():
    while True:
        try:
            yield
        except GeneratorExit:
            if not stubborn[0]:
                raise
i = ignore(); next(i)
try:
    i.close()
except RuntimeError as e: print(e)
# Closed for real here: dropping a generator that still ignores GeneratorExit would
# print "Exception ignored in: <generator object ... at 0x...>" at a refcount-timed moment.
stubborn[0] = False
i.close()
print("closed after all", next(i, "exhausted"))
def thrower():
    yield 1
t = thrower()
try:
    t.throw(KeyError, KeyError("x"))
except KeyError as e: print("thrown into fresh", repr(e))
print(next(t, "fresh-thrown is finished"))
