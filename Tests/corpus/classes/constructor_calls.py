# Class calls whose __init__ is a Python function run in the interpreter loop;
# every other kind of class keeps type.__call__'s general path.
class P:
    def __init__(self, x, y=2, *, z=3):
        self.x = x; self.y = y; self.z = z
    def __repr__(self): return f"P({self.x}, {self.y}, {self.z})"
print(P(1), P(1, 5), P(1, z=9), P(x=4))
class Bad:
    def __init__(self): return 5
try: Bad()
except TypeError as e: print(e)
class Raises:
    def __init__(self): raise ValueError("in init")
try: Raises()
except ValueError as e: print(e)
try: P()
except TypeError as e: print(e)
try: P(1, 2, 3)
except TypeError as e: print(e)
class Sub(P):
    def __init__(self, x):
        super().__init__(x, x)
        self.w = 0
print(Sub(7), Sub(7).w)
class Gen:
    def __init__(self):
        yield 1
try: Gen()
except TypeError as e: print(e)
class Slots:
    __slots__ = ("a",)
    def __init__(self): self.a = 1
print(Slots().a)
class WithNew:
    def __new__(cls, *args): print("new", args); return super().__new__(cls)
    def __init__(self, v): self.v = v
print(WithNew(3).v)
class Meta(type):
    def __call__(cls, *a): print("meta call"); return super().__call__(*a)
class M(metaclass=Meta):
    def __init__(self, q): self.q = q
print(M(1).q)
class L(list):
    def __init__(self, *a): super().__init__(a)
print(L(1, 2))
def deep(n):
    class R:
        def __init__(self, k): self.k = deep(k - 1) if k else 0
    return R(n)
import sys
sys.setrecursionlimit(100)
try: deep(200)
except RecursionError as e: print("recursion", e)
class E(Exception):
    def __init__(self, m): super().__init__(m); self.m = m
print(repr(E("x")), E("y").m)
class Rebind:
    def __init__(self):
        self = 5
print(type(Rebind()).__name__)
