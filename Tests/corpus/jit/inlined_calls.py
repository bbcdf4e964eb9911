# Python calls inlined into traces: guards failing inside callees, callees and
# methods rebound while the loop runs, frames of inlined calls seen from inside,
# exceptions raised several calls deep, recursion.
import sys


def add(a, b):
    return a + b


def mul_add(a, b, c):
    return add(a * b, c)


def types_change(n):
    # The callee's operands go int -> float -> str -> big int while the loop runs.
    out = []
    for i in range(n):
        if i < 300:
            x = i
        elif i < 600:
            x = i + 0.5
        elif i < 900:
            x = str(i)
        else:
            x = 2 ** 62 + i
        if isinstance(x, str):
            out.append(add(x, "!"))
        else:
            out.append(mul_add(x, 3, 1))
    return out[0], out[299], out[300], out[599], out[600], out[899], out[900], out[-1]


print(types_change(1200))


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)

    def shifted(self, d):
        return self.x + d


def methods_rebound(n):
    p = Point(3, -4)
    total = 0
    for i in range(n):
        if i == 500:
            Point.norm1 = lambda self: 100
        if i == 700:
            p.norm1 = lambda: 1000  # an instance attribute shadows the method
        if i == 900:
            del p.norm1
            Point.shifted = lambda self, d: -d
        total += p.norm1() + p.shifted(i)
    return total


print(methods_rebound(1200))


def g1(x):
    return x + 1


def g2(x):
    return x * 2


def globals_and_code_rebound(n):
    global g1
    total = 0
    for i in range(n):
        if i == 400:
            g1 = g2
        if i == 800:
            g2.__code__ = (lambda x: x - 7).__code__
        total += g1(i)
    return total


print(globals_and_code_rebound(1200))


def frame_names():
    # sys._getframe runs in the runtime: the inlined calls' frames must exist for it.
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno, f.f_back.f_code.co_name, f.f_back.f_back.f_code.co_name


def outer_frame():
    return middle_frame()


def middle_frame():
    return frame_names()


def frames_seen(n):
    # Enough arithmetic around the call that the loop is compiled although the call's body is mostly runtime.
    seen = None
    acc = 0
    for i in range(n):
        acc = (acc + i * 3) % 1000003
        acc = (acc * 7 + i) % 1000003
        acc = (acc - i * 5) % 1000003
        acc = (acc + i * i) % 1000003
        acc = (acc ^ i) % 1000003
        acc = (acc + 11 * i) % 1000003
        acc = (acc * 3 + 1) % 1000003
        acc = (acc + i // 3) % 1000003
        acc = (acc + i % 17) % 1000003
        acc = (acc * 5 - i) % 1000003
        seen = outer_frame()
    return seen, acc


print(frames_seen(1000))


def level3(i):
    if i == 777:
        raise ValueError("deep at %d" % i)
    return i


def level2(i):
    return level3(i) + 1


def level1(i):
    return level2(i) * 2


def deep_exception(n):
    total = 0
    try:
        for i in range(n):
            total += level1(i)
    except ValueError as e:
        return total, str(e), type(e).__name__
    return total


print(deep_exception(1000))


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def recursion_in_loop(n):
    return [fib(i % 15) for i in range(n)][-5:], sum(fib(i % 12) for i in range(n))


print(recursion_in_loop(600))


def chain_a(i):
    return chain_b(i) + 1


def chain_b(i):
    return chain_c(i) + 1


def chain_c(i):
    return chain_d(i) + 1


def chain_d(i):
    return i


def descend(depth, n):
    # Near the recursion limit the loop's inlined calls must raise RecursionError where the interpreter does.
    if depth > 0:
        return descend(depth - 1, n)
    total = 0
    for i in range(n):
        total += chain_a(i)
    return total


sys.setrecursionlimit(80)
results = []
for depth in range(60, 80):
    try:
        results.append(descend(depth, 300))
    except RecursionError:
        results.append("RecursionError at %d" % depth)
print(results[0], results[-1], sum(1 for r in results if isinstance(r, str)))
sys.setrecursionlimit(1000)


def overflow(a):
    return a * a + 1


def overflow_loop(n):
    v = 3
    for i in range(n):
        v = overflow(v) % (2 ** 70)
    return v


print(overflow_loop(500))


class Shape:
    def area(self):
        return 0


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3 * self.r * self.r


def polymorphic(n):
    shapes = [Square(2), Circle(1), Square(3), Shape()]
    total = 0
    for i in range(n):
        s = shapes[i % 4]
        total += s.area()
        if i == 600:
            s.__class__ = Circle
            s.r = 5
    return total


print(polymorphic(1000))


def returns_none(x):
    x + 1


def none_results(n):
    count = 0
    for i in range(n):
        if returns_none(i) is None:
            count += 1
    return count


print(none_results(500))


def scaled(x, factor=3, offset=1):
    return x * factor + offset


def defaults_used(n):
    # Parameters left to their defaults; the defaults replaced while the loop runs.
    total = 0
    for i in range(n):
        if i == 500:
            scaled.__defaults__ = (5, 0)
        if i == 900:
            scaled.__defaults__ = (0.5, -1)
        total += scaled(i) + scaled(i, 2) + scaled(i, 1, 0)
    return total


print(defaults_used(1200))

def uncaught(i):
    if i == 1500:
        return add(i, None)
    return i


def last(n):
    t = 0
    for i in range(n):
        t += uncaught(i)
    return t


print(last(2000))
