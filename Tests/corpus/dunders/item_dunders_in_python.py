# __getitem__ and __setitem__ written in Python, run by v[i] and v[i] = x:
# results, ignored returns, defaults and *args, errors with their tracebacks,
# recursion, and classes whose dunders change or are not plain functions.
import sys
import traceback


class Grid:
    def __init__(self, width, height):
        self.width = width
        self.cells = [0] * (width * height)

    def __getitem__(self, position):
        x, y = position
        return self.cells[y * self.width + x]

    def __setitem__(self, position, value):
        x, y = position
        self.cells[y * self.width + x] = value
        return "ignored"


grid = Grid(4, 3)
for y in range(3):
    for x in range(4):
        grid[x, y] = x * 10 + y
print([grid[x, 2] for x in range(4)], grid[3, 1])
total = 0
for step in range(2000):
    grid[step % 4, step % 3] += step
    total += grid[(step * 7) % 4, (step * 5) % 3]
print(total, grid.cells)


class Defaults:
    def __getitem__(self, key, scale=3):
        return key * scale

    def __setitem__(self, *arguments):
        print("setitem", arguments)


d = Defaults()
print(d[5], d["ab"])
d[1] = 2
d[1:3] = [4]


class Fails:
    def __getitem__(self, key):
        if key < 0:
            raise IndexError(f"negative {key}")
        return 1 / key

    def __setitem__(self, key, value):
        raise KeyError(key)


f = Fails()
print(f[4])
for bad in (-1, 0):
    try:
        f[bad]
    except (IndexError, ZeroDivisionError) as error:
        print(type(error).__name__, error)
try:
    f["k"] = 1
except KeyError as error:
    print("KeyError", error)
try:
    f[0]
except ZeroDivisionError:
    print([(entry.name, entry.line) for entry in traceback.extract_tb(sys.exc_info()[2])])


class Nested:
    def __init__(self, depth):
        self.depth = depth

    def __getitem__(self, key):
        if self.depth == 0:
            return key
        return Nested(self.depth - 1)[key + 1]


print(Nested(50)[0])
limit = sys.getrecursionlimit()
try:
    Nested(limit + 10)[0]
except RecursionError:
    print("RecursionError")


class Changing:
    def __getitem__(self, key):
        return "first"


c = Changing()
print(c[0])
Changing.__getitem__ = lambda self, key: "second"
print(c[0])
del Changing.__getitem__
try:
    c[0]
except TypeError as error:
    print("TypeError", error)


class Wrong:
    def __getitem__(self):
        return 1


try:
    Wrong()[0]
except TypeError as error:
    print("TypeError", error)


class Frames:
    def __getitem__(self, key):
        caller = sys._getframe(1)
        return caller.f_code.co_name, key


def reader():
    return Frames()["k"]


print(reader())


class Gen:
    def __getitem__(self, key):
        yield key


print(list(Gen()[3]))
