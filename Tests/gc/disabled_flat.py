# What pyperformance's sympy benchmark does after gc.disable(): expressions as
# __slots__ objects with __hash__/__eq__, memoised in caches that are cleared
# between rounds. In CPython gc.disable() stops only the cycle collector and
# reference counting frees everything here, so memory must stay flat on Tern too.
import functools
import gc
import sys
import weakref

gc.disable()


class Expr:
    __slots__ = ("op", "args", "_hash", "__weakref__")

    def __init__(self, op, args):
        self.op = op
        self.args = args
        self._hash = None

    def __hash__(self):
        if self._hash is None:
            self._hash = hash((self.op, self.args))
        return self._hash

    def __eq__(self, other):
        return isinstance(other, Expr) and self.op == other.op and self.args == other.args


cache = {}


def cacheit(function):
    def wrapper(*args):
        key = (function, args)
        if key not in cache:
            cache[key] = function(*args)
        return cache[key]
    return wrapper


@cacheit
def add(a, b):
    return Expr("add", (a, b))


@functools.lru_cache(maxsize=1000)
def power(base, exponent):
    return Expr("pow", (base, exponent))


rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 40
alive = weakref.WeakValueDictionary()
total = 0
for round in range(rounds):
    cache.clear()
    terms = set()
    for i in range(20000):
        term = add(power(Expr("symbol", ("x",)), i % 3000), Expr("integer", (i,)))
        terms.add((term, i))
        alive[i % 100] = term
    total += len(terms) + len(cache)
print(total, gc.isenabled())
