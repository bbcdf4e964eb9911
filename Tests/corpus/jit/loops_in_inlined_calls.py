# Calls of functions that have loops of their own, from hot loops: the trace
# unrolls the callee's loop, so every way a callee's loop can run differently
# from the recorded call must leave the trace correctly — more or fewer
# iterations, break, else, return from inside, exceptions, nested loops.


def total(items):
    s = 0
    for x in items:
        s += x
    return s


def first_over(items, limit):
    for x in items:
        if x > limit:
            return x
    return -1


def count_down(n):
    steps = 0
    while n > 0:
        n -= 1
        steps += 1
    return steps


def search(items, wanted):
    for i in range(len(items)):
        if items[i] == wanted:
            break
    else:
        return None
    return i


def nested(rows):
    out = 0
    for row in rows:
        for v in row:
            out = out * 3 + v
    return out % 1000003


def raises_inside(items):
    for x in items:
        if x < 0:
            raise ValueError("negative: %d" % x)
    return len(items)


class Bag:
    def __init__(self, items):
        self.items = items

    def weight(self):
        w = 0
        for x in self.items:
            w += x * 2
        return w


def run():
    acc = 0
    lists = [[1, 2, 3], [4, 5], [6, 7, 8, 9], [], [10]]
    for i in range(3000):
        items = lists[i % 5] if i < 2000 else lists[i % 3]
        acc += total(items)
        acc += first_over(items, 4)
        acc += count_down(i % 7)
        where = search(items, 5)
        acc += -7 if where is None else where
        acc += nested([items, items[:1]])
        acc += Bag(items).weight()
        try:
            acc += raises_inside(items if i % 97 else [1, -i])
        except ValueError as e:
            acc += len(str(e))
    print(acc)


run()


def floats(xs):
    s = 0.0
    for x in xs:
        s += x
    return s


acc = 0.0
for i in range(2000):
    # The list changes type of items part way: ints, then floats, then a mix.
    xs = [1, 2, 3] if i < 700 else ([1.5, 2.5] if i < 1400 else [1, 2.5, "x"][:2])
    acc += floats(xs)
print(acc)


def deep(n):
    # A recursive function with a loop: inlined a few levels, then left to the runtime.
    if n == 0:
        return 1
    s = 0
    for k in range(2):
        s += deep(n - 1)
    return s


print(sum(deep(i % 6) for i in range(600)))


def long_loop(n):
    # Too many iterations for one trace: the call is left to the runtime, its loop traced on its own.
    s = 0
    for k in range(n):
        s += k & 7
    return s


r = 0
for i in range(300):
    r += long_loop(5000)
print(r)
