# str, bytes, bytearray, list and tuple concatenate and repeat through sequence
# slots, which CPython tries after every number slot: a right operand whose class
# defines the reflected method in Python is asked first, even when it is a
# subclass of the left operand's type; a NotImplemented from it falls back to the
# sequence operation, and the method is asked once.

calls = []

class S(str):
    def __radd__(self, other):
        calls.append("S.__radd__")
        return "radd:" + str.__str__(self)

class B(bytes):
    def __radd__(self, other):
        calls.append("B.__radd__")
        return "bradd"

class BA(bytearray):
    def __radd__(self, other):
        calls.append("BA.__radd__")
        return NotImplemented

class L(list):
    def __radd__(self, other):
        calls.append("L.__radd__")
        return "lradd"
    def __rmul__(self, other):
        calls.append("L.__rmul__")
        return NotImplemented

class T(tuple):
    def __radd__(self, other):
        calls.append("T.__radd__")
        return "tradd"

class I(int):
    def __rmul__(self, other):
        calls.append("I.__rmul__")
        return "irmul"

class Declines(int):
    def __rmul__(self, other):
        calls.append("Declines.__rmul__")
        return NotImplemented

class Plain:
    def __radd__(self, other):
        calls.append("Plain.__radd__")
        return NotImplemented

print("a" + S("b"), b"a" + B(b"b"), [1] + L([2]), (1,) + T((2,)))
print(b"x" + BA(b"y"), bytearray(b"x") + BA(b"y"))
print("ab" * I(2), [1] * I(2), (1,) * I(2), b"ab" * I(2))
print("ab" * Declines(2), [0] * Declines(3), b"-" * Declines(2))
try:
    print(2 * L([5]))
except TypeError as error:
    print(error)
print(calls)
calls.clear()

try:
    [1] + Plain()
except TypeError as error:
    print(error)
print(calls)
calls.clear()

# In-place forms ask the same methods before extending.
items = [1]
items += L([2])
print(items)
text = "a"
text += S("b")
print(text)
data = bytearray(b"ab")
data += BA(b"cd")
print(data)
print(calls)

# A left operand whose class defines the forward method in Python goes first.
class LeftList(list):
    def __add__(self, other):
        return "LeftList.__add__"
print(LeftList([1]) + L([2]))

# Plain concatenation and repetition stay as they were.
print("ab" + "cd", b"ab" + b"cd", [1] + [2], (1,) + (2,), bytearray(b"a") + b"b", b"a" + bytearray(b"b"))
print("ab" * 3, [0] * 3, (0,) * 2, b"z" * 3, 3 * "q", 2 * [None])
buffer = bytearray()
for piece in (b"ab", bytearray(b"cd"), memoryview(b"ef")):
    buffer += piece
print(buffer)
try:
    buffer += buffer   # CPython holds the right operand's buffer while the left one grows
except BufferError as error:
    print(error)
empty = bytearray()
empty += empty
print(buffer, empty)
for bad in (lambda: "a" + 1, lambda: [1] + (2,), lambda: b"a" + "b", lambda: (1,) + [2]):
    try:
        bad()
    except TypeError as error:
        print(error)
