# functools.lru_cache over a native _lru_cache_wrapper: hits, misses, eviction order, keys,
# typed, maxsize None/0/N, recursion, methods, copying and pickling.
import copy, functools, pickle
from functools import lru_cache

calls = []


@lru_cache(maxsize=2)
def square(x):
    calls.append(x)
    return x * x


for x in (1, 2, 1, 3, 2, 1, 1):
    square(x)
print(calls, square.cache_info())
square.cache_clear()
print(square.cache_info(), square.cache_parameters(), square.__wrapped__.__name__, square.__name__)


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())


@lru_cache(maxsize=0)
def never(x):
    return x


print(never(1), never(1), never.cache_info())


@lru_cache(typed=True)
def typed(x):
    calls.append(type(x).__name__)
    return x


calls.clear()
typed(1), typed(1.0), typed(1), typed(True)
print(calls, typed.cache_info())


@lru_cache()
def keywords(a, b=0, *, c=0):
    calls.append((a, b, c))
    return a + b + c


calls.clear()
print(keywords(1), keywords(1, b=2), keywords(1, 2), keywords(a=1, b=2), keywords(b=2, a=1), keywords(1, **{}))
print(calls, keywords.cache_info())


class Unhashable:
    __hash__ = None


for f in (fib, square):
    try:
        f(Unhashable())
    except TypeError as e:
        print("TypeError", e)

hashes = 0


class CountingHash:
    def __hash__(self):
        global hashes
        hashes += 1
        return 7


@lru_cache(maxsize=1)
def pair(x, y):
    return y


item = CountingHash()
pair(item, 1), pair(item, 1), pair(6, 2), pair(item, 1)
print(hashes, pair.cache_info())

once = True


@lru_cache(maxsize=10)
def reentrant(x):
    global once
    if x == 20 and once:
        once = False
        return reentrant(x)
    return x


for x in range(15):
    reentrant(x)
print(reentrant(20), reentrant.cache_info())


class Shape:
    def __init__(self, side):
        self.side = side

    @lru_cache(maxsize=8)
    def area(self, scale):
        return self.side * self.side * scale


s = Shape(3)
print(s.area(2), s.area(2), Shape.area.cache_info(), Shape.area(s, 2))
print(copy.copy(fib) is fib, copy.deepcopy(fib) is fib, pickle.loads(pickle.dumps(fib)) is fib)
print(type(fib).__name__, type(fib).__module__, fib.__doc__, fib.__qualname__)
try:
    functools._lru_cache_wrapper(1, 2, False, functools._CacheInfo)
except TypeError as e:
    print("TypeError", e)
try:
    functools._lru_cache_wrapper(len, "x", False, functools._CacheInfo)
except TypeError as e:
    print("TypeError", e)
negative = functools._lru_cache_wrapper(len, -5, False, functools._CacheInfo)
print(negative("abc"), negative.cache_info())
