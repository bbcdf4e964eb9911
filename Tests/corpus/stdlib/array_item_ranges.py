# array.array checks every stored item as CPython does: each typecode's range and its messages.
from array import array


class Index:
    def __init__(self, value):
        self.value = value

    def __index__(self):
        return self.value

    def __repr__(self):
        return "Index(%d)" % self.value


def attempt(code, value):
    try:
        a = array(code, [value])
        print(code, repr(value), "->", a)
    except (OverflowError, TypeError, ValueError) as error:
        print(code, repr(value), type(error).__name__, error)


for code in "bBhHiIlLqQ":
    for value in (0, -1, 127, 128, -128, -129, 255, 256, 32767, 32768, -32769, 65535, 65536,
                  2**31, -2**31 - 1, 2**32, 2**63 - 1, 2**63, -2**63 - 1, 2**64 - 1, 2**64, 10**30, -10**30,
                  True, Index(5), 1.5, "x", None):
        attempt(code, value)
for code in "fd":
    for value in (1, -2.5, 10**400, 2**70, True, "x", None, Index(3), 1e300):
        attempt(code, value)
for value in ("x", "é", "ab", "", 1, None, b"x"):
    attempt("u", value)

# Assignment and append check the same way, and leave the array unchanged on error.
a = array("b", [1, 2])
for store in (lambda: a.__setitem__(0, 300), lambda: a.append(-200), lambda: a.insert(0, "x"),
              lambda: a.extend([3, 4, 1000])):
    try:
        store()
    except (OverflowError, TypeError) as error:
        print(type(error).__name__, error, a)
print(array("f", [0.1, 1e40, -1e40]), array("d", [0.1, float("inf")]))
print(array("L", [2**64 - 1])[0], array("Q", [2**63])[0], array("q", [-2**63])[0])
