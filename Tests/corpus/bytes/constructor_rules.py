# bytes() and bytearray() follow CPython's order: __bytes__ first, then an integer
# count (via __index__), buffers, then iterables; bytearray's __init__ fills it.
import sys
class StrWithBytes(str):
    def __bytes__(self):
        return b"abc"
print(bytes(StrWithBytes("\u20ac")), bytes(StrWithBytes("\u20ac"), "iso8859-15"))
class OtherBytes(bytes):
    pass
class MakesOther:
    def __bytes__(self):
        return OtherBytes(b"xyz")
print(type(bytes(MakesOther())).__name__, type(OtherBytes(MakesOther())).__name__, OtherBytes(MakesOther()))
class BytesAndIndex:
    def __bytes__(self):
        return b"a"
    def __index__(self):
        return 42
print(bytes(BytesAndIndex()), len(bytearray(BytesAndIndex())))
class Blocked(bytes):
    __bytes__ = None
class BadInt:
    def __index__(self):
        1 / 0
class BadIter:
    def __iter__(self):
        1 / 0
class ReturnsStr:
    def __bytes__(self):
        return "no"
cases = [lambda: bytes(Blocked(b"ab")), lambda: bytes(BadInt()), lambda: bytearray(BadInt()),
         lambda: bytes([BadInt()]), lambda: bytearray(BadIter()), lambda: bytes(sys.maxsize + 1),
         lambda: bytearray(-sys.maxsize - 2), lambda: bytes(-1), lambda: bytes(ReturnsStr()),
         lambda: bytes("x"), lambda: bytes(1, "ascii"), lambda: bytes(b"x", errors="strict"),
         lambda: bytearray("x", errors="strict"), lambda: bytes(3.5)]
for case in cases:
    try:
        print(case())
    except Exception as error:
        print(type(error).__name__, error)
class Subclass(bytearray):
    def __init__(self, newarg=1, *args, **kwargs):
        self.newarg = newarg
        bytearray.__init__(self, *args, **kwargs)
x = Subclass(4, b"abcd")
print(type(x).__name__, x, x.newarg, len(x), x == b"abcd", x[1], bytes(x))
y = Subclass(newarg=5, source=b"xy")
y.extra = 10
y += b"z"
y.append(33)
print(type(y).__name__, y, y.newarg, y.extra, y.upper(), y + b"!")
b = bytearray(b"hello")
b.__init__(b"re")
print(b, bytearray.fromhex("41 42"), type(Subclass.fromhex("4142")).__name__, type(OtherBytes.fromhex("43")).__name__)
print(ord(bytearray(b"A")), ord(b"z"), ord(StrWithBytes("q")))
