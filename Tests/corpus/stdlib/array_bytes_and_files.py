# array.array to and from bytes and files: every typecode, byteswap, and fromfile's errors.
from array import array
import io
import sys

for code in "bBhHiIlLqQfd":
    a = array(code, [1, 2, 100] if code not in "fd" else [1.5, -0.25, 3e10 if code == "d" else 3.0])
    data = a.tobytes()
    b = array(code)
    b.frombytes(data)
    print(code, a.itemsize, len(data), b == a, b)

u = array("u", "hé€")
print(u, u.tobytes())
v = array("u")
v.frombytes(u.tobytes())
print(v, v == u)

a = array("i", [1, -2, 300000])
a.byteswap()
print(a)
a.byteswap()
print(a)
one = array("B", [1, 2, 3])
one.byteswap()
print(one)
d = array("d", [1.0, 2.5])
d.byteswap()
d.byteswap()
print(d)

# tofile writes the bytes; fromfile reads count items and appends them.
f = io.BytesIO()
a.tofile(f)
array("i").tofile(f)
print(f.getvalue())
f.seek(0)
b = array("i", [7])
b.fromfile(f, 2)
print(b)
try:
    b.fromfile(f, 5)
except EOFError as error:
    print("EOFError", error, b)
b.fromfile(io.BytesIO(), 0)
print(b)

# A zoneinfo file read as datetime's tests read one (big-endian counts, then swapped).
header = io.BytesIO(b"TZif" + bytes(28) + bytes([0, 0, 0, 3, 0, 0, 0, 1, 0, 0, 0, 4]))
header.seek(32)
counts = array("i")
counts.fromfile(header, 3)
if sys.byteorder != "big":
    counts.byteswap()
print(counts, list(counts))

for count in (-1, 1.5, "2", None):
    try:
        array("i").fromfile(io.BytesIO(b"12345678"), count)
    except (TypeError, ValueError) as error:
        print(type(error).__name__, error)
try:
    array("i").frombytes(b"12345")
except ValueError as error:
    print("ValueError", error)
try:
    array("h").frombytes("ab")
except TypeError as error:
    print("TypeError", error)
partial = array("h")
try:
    partial.fromfile(io.BytesIO(b"123"), 2)
except (ValueError, EOFError) as error:
    print(type(error).__name__, error, partial)


class TextReader:
    def read(self, size):
        return "x" * size


try:
    array("b").fromfile(TextReader(), 1)
except TypeError as error:
    print("TypeError", error)
print(array("b", bytearray(b"\x01\xff")), array("B", memoryview(b"ab")))
