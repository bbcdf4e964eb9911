# abc over the native _abc: abstract classes refuse instances (CPython's message), caches,
# register (with sequence patterns), __subclasshook__, errors.
import abc
class A(abc.ABC):
    @abc.abstractmethod
    def f(self): pass
    @abc.abstractmethod
    def b(self): pass
try: A()
except TypeError as e: print(e)
class B(A):
    def f(self): return 1
try: B()
except TypeError as e: print(e)
class C(B):
    def b(self): return 2
print(C().f(), C().b(), sorted(A.__abstractmethods__), C.__abstractmethods__)
class D: pass
D.__abstractmethods__ = frozenset({'x'})
try: D()
except TypeError as e: print(e)
D.__abstractmethods__ = frozenset()
print(type(D()).__name__)
from collections.abc import Sequence, Mapping, Iterable, Hashable
class S(Sequence):
    def __getitem__(self, i): return i
    def __len__(self): return 3
print(isinstance(S(), Sequence), isinstance([], Sequence), isinstance({}, Mapping), issubclass(int, Hashable), isinstance(3, Iterable))
class R: pass
Sequence.register(R)
print(isinstance(R(), Sequence), issubclass(R, Iterable))
match R():
    case [*_]: print("sequence pattern")
    case _: print("no")
try: Sequence.register(3)
except TypeError as e: print(e)
try: issubclass(3, Sequence)
except TypeError as e: print(e)
print(type(abc.get_cache_token()).__name__)
class M(metaclass=abc.ABCMeta):
    @classmethod
    def __subclasshook__(cls, c):
        return True if c is int else NotImplemented
print(issubclass(int, M), issubclass(str, M), isinstance(1, M))
# Abstract properties, classmethods and staticmethods count as abstract.
class P(abc.ABC):
    @property
    @abc.abstractmethod
    def size(self): ...
    @classmethod
    @abc.abstractmethod
    def make(cls): ...
    @staticmethod
    @abc.abstractmethod
    def helper(): ...
print(sorted(P.__abstractmethods__), P.size.__isabstractmethod__, property(lambda s: 1).__isabstractmethod__)
try: P()
except TypeError as e: print(e)
class Q(P):
    size = property(lambda self: 3)
    @classmethod
    def make(cls): return cls()
    @staticmethod
    def helper(): return 1
print(Q.make().size, Q.helper(), Q.__abstractmethods__)
