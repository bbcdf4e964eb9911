# `s += t` and `s = s + t` on a local grow a str in place (BINARY_OP_INTO_LOCAL): every
# other way the str can be seen must leave what it saw unchanged by later appends.
import sys


def grow(n, piece):
    s = ""
    for i in range(n):
        s += piece
    return s


def grow_plain(n):
    s = "start:"
    for i in range(n):
        s = s + str(i % 10)
    return s


def aliases():
    s = "x" * 70
    kept = []
    for i in range(6):
        s += "ab"
        u = s              # another name for it
        kept.append(s)     # and a list item
        s += "!"
        kept.append(u)
    return s, kept


def wide():
    s = "a" * 80
    snapshots = []
    for piece in ["b", "é", "c", "\u20ac", "d", "\U0001F600", "e"]:
        s += piece
        snapshots.append(s)
        s += "-" * 30
    return s, snapshots


def through_locals():
    s = "L" * 100
    seen = []
    for i in range(4):
        s += "+"
        seen.append(locals()["s"])
        s += "="
        seen.append(sys._getframe().f_locals["s"])
    return seen


def through_callee():
    store = []

    def peek():
        store.append(sys._getframe(1).f_locals["s"])
        return "?"

    s = "C" * 100
    for i in range(3):
        s += peek()
    return s, store


class Keeper:
    def __init__(self):
        self.kept = []

    def __radd__(self, other):
        self.kept.append(other)
        return other


def radd_keeps_it():
    keeper = Keeper()
    s = "R" * 100
    for i in range(3):
        s += "r"
        s += keeper       # Keeper.__radd__ gets s and returns it
        s += "q"
    return s, keeper.kept


def as_keys():
    s = "k" * 64
    table = {}
    for i in range(5):
        s += str(i)
        table[s] = i
        s += "_"
    return sorted(table.items()), (("k" * 64) + "0") in table


def self_append():
    s = "s" * 64
    for i in range(3):
        s += s
    return len(s), s == "s" * 512


def in_generator():
    s = "g" * 64
    for i in range(4):
        s += str(i)
        yield s
        s += ","


def in_exception():
    s = "E" * 70
    results = []
    for item in ["a", 1, "b", None, "c"]:
        try:
            s += item
        except TypeError as error:
            results.append(str(error))
        results.append(len(s))
    return s, results


def closure_cell():
    s = "c" * 70

    def read():
        return s

    for i in range(3):
        s += "z"
    return read()


def subclass_operand():
    class Text(str):
        pass

    s = "T" * 70
    s += Text("sub")
    s += "x"
    t = Text("base")
    t += "more"
    return s, type(s).__name__, t, type(t).__name__


def length_in_condition():
    s = ""
    while len(s) < 300:
        s += "abc"
    return len(s)


print(len(grow(5000, "ab")), grow(50, "xy")[-6:])
print(grow_plain(120)[-20:], len(grow_plain(1000)))
final, kept = aliases()
print(len(final), [len(k) for k in kept])
final, snapshots = wide()
print(len(final), [len(x) for x in snapshots], [x[80:82] for x in snapshots], ascii(final[-3:]))
print([len(x) for x in through_locals()])
final, store = through_callee()
print(len(final), [len(x) for x in store])
final, kept = radd_keeps_it()
print(len(final), [len(x) for x in kept])
print(as_keys())
print(self_append())
print([len(x) for x in in_generator()], list(in_generator())[-1][-4:])
print(in_exception()[1])
print(len(closure_cell()))
print(subclass_operand())
print(length_in_condition())
names = ["n%d" % i for i in range(40)]
module_level = ""
for name in names:
    module_level += name + ";"
print(len(module_level), module_level[-8:])
