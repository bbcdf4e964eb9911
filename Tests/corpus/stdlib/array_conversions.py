# array.array to and from bytes, strings and files, and the bytes-like protocol.
from array import array
import hashlib
import io
import struct
import sys
import zlib

a = array("h", [1, -2, 300])
print(a.tobytes(), bytes(a), bytearray(a), b"".join([a, b"!"]), b"-".join([array("B", b"xy")]))
print(zlib.crc32(a), zlib.decompress(zlib.compress(a)), hashlib.md5(a).hexdigest())
print(struct.unpack_from("<hh", a), struct.unpack("<hhh", a), struct.unpack_from("<h", a, 2))
f = io.BytesIO()
f.write(a)
print(f.getvalue(), len(memoryview(a.tobytes())))
m = memoryview(array("d", [1.5, -2.0]))
print(m.format, m.itemsize, len(m), m.nbytes, m[1], m.tolist(), m.tobytes(), memoryview(array("L", [7])).tolist())
b = array("h")
b.frombytes(a.tobytes())
b.frombytes(memoryview(b"\x05\x00"))
print(b)
for bad in ("ab", b"abc", 5):
    try:
        b.frombytes(bad)
    except (TypeError, ValueError) as error:
        print(type(error).__name__, error)
u = array("u", "ab")
u.fromunicode("cd")
print(u, u.tounicode(), u.tobytes())
for call in (lambda: a.tounicode(), lambda: a.fromunicode("x"), lambda: u.fromunicode(1), lambda: u.fromunicode(b"x")):
    try:
        call()
    except (TypeError, ValueError) as error:
        print(type(error).__name__, error)

# tofile and fromfile (EOFError after appending what was read).
big = array("d", range(20000))
f = io.BytesIO()
big.tofile(f)
print(len(f.getvalue()))
f.seek(0)
c = array("d")
c.fromfile(f, 19999)
try:
    c.fromfile(f, 5)
except EOFError as error:
    print("EOFError", error, len(c), c[-1])
for bad in (-1, "x"):
    try:
        c.fromfile(io.BytesIO(), bad)
    except (TypeError, ValueError) as error:
        print(type(error).__name__, error)


class Text:
    def read(self, n):
        return "text"


try:
    c.fromfile(Text(), 1)
except TypeError as error:
    print("TypeError", error)

s = array("I", [1, 0x01020304])
s.byteswap()
print(s)
s.byteswap()
print(s)
d = array("d", [1.5])
d.byteswap()
print(d.tobytes())

# Binary files, bytearray.extend and int.from_bytes read an array's bytes.
import os
import tempfile
path = os.path.join(tempfile.mkdtemp(), "array.bin")
with open(path, "wb") as f:
    f.write(array("H", [1, 258]))
with open(path, "rb") as f:
    back = array("H")
    back.fromfile(f, 2)
print(back, open(path, "rb").read())
os.remove(path)
buffer = bytearray(b"<")
buffer.extend(array("B", [65, 66]))
buffer[1:2] = array("b", [67])
print(buffer, int.from_bytes(array("B", [1, 2]), "big"))
bad = array("u")
bad.frombytes(b"\xff\xff\xff\x7f")
try:
    bad.tounicode()
except ValueError as error:
    print("ValueError", error)
try:
    array("d", [1.0]) * (sys.maxsize // 3 + 1)
except MemoryError:
    print("MemoryError")
try:
    array("d", [1.0]) * 10**30
except OverflowError as error:
    print("OverflowError", error)
