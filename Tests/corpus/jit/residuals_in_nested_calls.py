# Residual instructions inside calls a trace inlined run in frames built for them, kept from one
# residual instruction to the next while the calls stay the same. Whatever looks at the frames —
# sys._getframe, tracebacks, the collector — must see exactly the interpreter's frames, however
# the calls nest and return between two residual instructions.
import gc
import sys


def chain():
    frame = sys._getframe(1)
    names = []
    while frame is not None and len(names) < 6:
        names.append(frame.f_code.co_name)
        frame = frame.f_back
    return names


def where():
    frame = sys._getframe(1)
    return frame.f_code.co_name, frame.f_lineno


def leaf(i):
    a = where()            # a residual call in leaf's frame
    b = chain()            # another in the same frames
    return a, b, i * 2


def middle(i):
    first = leaf(i)        # into leaf and back out
    here = where()         # a residual call in middle's frame again
    second = leaf(i + 1)
    return first, here, second


def outer(i):
    x = middle(i)
    y = where()
    return x, y


seen = set()
for i in range(3000):
    result = outer(i)
    (first, here, second), y = result
    seen.add((first[0], tuple(first[1][:4]), here, second[0], tuple(second[1][:4]), y))
    assert first[2] == 2 * i and second[2] == 2 * (i + 1)
for entry in sorted(seen):
    print(entry)


# A traceback from a residual instruction after others ran in the same calls.
def fails(i):
    where()
    if i == 2500:
        return {}["missing"]
    return where()


def calls_fails(i):
    where()
    return fails(i)


def run_fails():
    caught = 0
    for i in range(3000):
        try:
            calls_fails(i)
        except KeyError as error:
            tb = error.__traceback__
            names = []
            while tb is not None:
                names.append(tb.tb_frame.f_code.co_name)
                tb = tb.tb_next
            print("KeyError at", i, names)
            caught += 1
    print("caught", caught)


run_fails()


# Functions the loop makes anew each iteration, called inlined, with residual calls inside.
def run_made():
    results = []
    for i in range(2000):
        make = lambda k=i: (where()[0], tuple(chain()[:3]), k)
        value = make()
        if i % 500 == 0:
            results.append(value)
    print(results)


run_made()


# A collection while the frames of inlined calls are kept: their locals stay alive.
class Box:
    def __init__(self, value):
        self.value = value


def collects(box):
    gc.collect()           # residual, in inlined frames
    inner = [box.value]    # the box is still there
    gc.collect()
    return inner[0] + box.value


def holds(i):
    box = Box(i)
    return collects(box)


def run_holds():
    total = 0
    for i in range(1200):
        total += holds(i)
    print("total", total)


run_holds()


# Recursion through a residual call while frames are kept: the callee's frames go above them.
def depth_of_stack():
    return len(chain())


def recurse(n):
    if n == 0:
        return depth_of_stack()
    return recurse(n - 1)


def calls_recurse(i):
    a = depth_of_stack()
    b = recurse(i % 4)
    c = depth_of_stack()
    return a, b, c


def run_recurse():
    shapes = set()
    for i in range(2000):
        shapes.add(calls_recurse(i))
    print(sorted(shapes))


run_recurse()
