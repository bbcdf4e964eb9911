# Comprehensions, lambdas and closures made and called in hot loops: the trace
# makes the function itself (a helper), inlines its call without guards, builds
# the callee's cells and reads its free variables. Leaving inside such a call —
# a guard, an exception, a traceback — must show the frames the interpreter
# would have had.
import sys


def scale_all(items, k):
    return [x * k for x in items]            # k is a free variable of the listcomp


def pairs(items):
    return [(a, b) for a in items for b in items if a < b]


def run(n):
    total = 0
    data = [1, 2, 3, 4]
    for i in range(n):
        k = i % 5
        total += sum(scale_all(data, k))
        total += len(pairs(data[: i % 4 + 1]))
        f = lambda y: y + k                   # a closure over the loop's k
        total += f(i)
        total += sum([v for v in data])       # no free variables
        evens = {v for v in data if v % 2 == 0}
        total += len(evens)
    return total


print(run(3000))


def counter():
    count = 0

    def bump(by):
        nonlocal count
        count += by
        return count
    return bump


bump = counter()
s = 0
for i in range(3000):
    s += bump(i % 3)
print(s)


def cells_in_callee(x, y):
    # x is a cell (the lambda reads it); y is not.
    get = lambda: x * 2
    x = x + y
    return get() + x


t = 0
for i in range(3000):
    t += cells_in_callee(i, 1)
print(t)


def where_am_i(items):
    return [sys._getframe().f_code.co_name for _ in items][0]


names = set()
for i in range(2000):
    names.add(where_am_i([i]))
print(sorted(names))


def fails_inside(items, bad):
    return [10 // (x - bad) for x in items]


errors = 0
for i in range(3000):
    try:
        fails_inside([1, 2, 3], i % 50)
    except ZeroDivisionError as e:
        errors += 1
        last = str(e)
print(errors, last)

adders = []
for i in range(2000):
    adders.append(lambda z, i=i: z + i)   # defaults: MAKE_FUNCTION left to the runtime
print(sum(f(1) for f in adders[-5:]))
