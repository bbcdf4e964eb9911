# Instances a loop makes and takes apart within an iteration are kept in trace
# values by the JIT; every way of leaving the loop must still see them as the
# interpreter would have made them.


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def scale(self, k):
        return Vec(self.x * k, self.y * k)

    def dot(self, other):
        return self.x * other.x + self.y * other.y


def temporaries(n):
    total = 0.0
    for i in range(n):
        v = Vec(1.0 * i, 2.0).add(Vec(0.5, 0.25)).scale(2.0)
        total += v.dot(Vec(1.0, -1.0))
    return total


print("temporaries", temporaries(3000))


class Pair:
    def __init__(self, first, second):
        self.first = first
        self.second = second


def nested(n):
    # An instance held by another one; both taken apart in the same iteration.
    total = 0
    for i in range(n):
        p = Pair(Vec(i, i + 1), Vec(2 * i, 3))
        total += p.first.x * p.second.y + p.second.x - p.first.y
    return total


print("nested", nested(2500))


class Partial:
    def __init__(self, i):
        self.a = i
        if i % 7 == 3:
            # Leaves the loop's trace with the instance half made.
            self.b = i * 2
        self.c = -i


def partial(n):
    seen = []
    total = 0
    for i in range(n):
        p = Partial(i)
        total += p.a + p.c + getattr(p, "b", 0)
        if i % 500 == 3:
            seen.append(sorted(vars(p).items()))
    return total, seen


print("partial", partial(3000))


def leaves_with_objects(n):
    # A guard fails (the int grows past a small int, then a float appears) while
    # instances kept in values are named by the frame.
    total = 0
    big = 1 << 46
    for i in range(n):
        v = Vec(big + i * 1000, i)
        w = v.scale(3)
        if i == n - 5:
            v = Vec(0.5, i)
        total += v.x + w.y
    return total


print("leaves", leaves_with_objects(3000))


class Node:
    def __init__(self, value):
        self.value = value
        self.other = None


def cycles(n):
    total = 0
    kept = None
    for i in range(n):
        a = Node(i)
        b = Node(-i)
        a.other = b
        b.other = a
        total += a.other.other.value - b.other.value
        if i == n - 1:
            kept = a
    return total, kept.other.other is kept, kept.other.value


print("cycles", cycles(2000))


def identity(n):
    # Objects escape on some iterations (into a list) and not on others.
    kept = []
    count = 0
    for i in range(n):
        v = Vec(i, -i)
        if i % 250 == 0:
            kept.append(v)
            kept.append(v)
        count += v.x + v.y
    pairs = [kept[k] is kept[k + 1] for k in range(0, len(kept), 2)]
    return count, all(pairs), [(p.x, p.y) for p in kept[::2]][:4]


print("identity", identity(2000))


class Noisy:
    made = 0
    freed = 0

    def __init__(self, i):
        Noisy.made += 1
        self.i = i

    def __del__(self):
        Noisy.freed += 1


def finalized(n):
    total = 0
    for i in range(n):
        total += Noisy(i).i
    return total


print("finalized", finalized(1500))
import gc
gc.collect()
print("noisy", Noisy.made, Noisy.freed)


def raising(n):
    # An exception leaves the trace inside an inlined method whose receiver is kept in values.
    total = 0
    for i in range(n):
        v = Vec(i, n - 1000 - i)
        try:
            total += v.x // v.y
        except ZeroDivisionError as error:
            total += 1000
            print("raised at", i, error, v.x, v.y)
    return total


print("raising", raising(2000))


class Grows:
    def __init__(self, i):
        self.i = i


def grows(n):
    # Attributes added after __init__ move the instance to other shapes.
    total = 0
    for i in range(n):
        g = Grows(i)
        g.j = i + 1
        g.k = g.i + g.j
        if i % 3 == 0:
            g.l = 5
        total += g.k + getattr(g, "l", 0)
    last = Grows(1)
    last.j = 2
    return total, sorted(vars(last))


print("grows", grows(3000))


def loop_carried(n):
    # The instance of one iteration is read by the next: it is made each time.
    v = Vec(0, 0)
    for i in range(n):
        v = v.add(Vec(1, 2))
    return v.x, v.y


print("carried", loop_carried(3000))


def escapes_through_call(n):
    out = []
    for i in range(n):
        v = Vec(i, i)
        if i % 1000 == 999:
            out.append(repr(type(v).__name__) + str(v.x))
    return out


print("escapes", escapes_through_call(3000))


def overflow_inside_method(n):
    # Checked arithmetic inside an inlined method leaves the trace while its receiver and
    # argument exist only in trace values: the interpreter gets them made, in its frames.
    total = 0
    for i in range(n):
        x = 1 << (i // 50)
        total += Vec(x, 1).add(Vec(3, x)).dot(Vec(x, 5))
    return total


print("overflow", overflow_inside_method(2500) % 1000003)


class Ratio:
    def __init__(self, top, bottom):
        self.top = top
        self.bottom = bottom

    def value(self):
        return self.top // self.bottom

    def flipped(self):
        return Ratio(self.bottom, self.top)


def raising_inside_method(n):
    total = 0
    for i in range(n):
        try:
            total += Ratio(i, n - 700 - i).flipped().flipped().value()
        except ZeroDivisionError as error:
            total += 1
            print("raised in value()", i, error)
    return total


print("raising inside", raising_inside_method(1500))


class Box:
    def __init__(self, inner):
        self.inner = inner

    def swap(self):
        return Box(Pair(self.inner.second, self.inner.first))


def nested_exit(n):
    # An instance held by an instance held by another, all made in the iteration; a float
    # appears late, and the exit inside swap() makes all three.
    total = 0
    for i in range(n):
        v = i if i < n - 3 else i + 0.5
        total += Box(Pair(v, -1)).swap().inner.first * 2
    return total


print("nested exit", nested_exit(2000))
