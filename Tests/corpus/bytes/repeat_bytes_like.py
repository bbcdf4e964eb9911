for v in (b"ab", bytearray(b"xyz"), b"", bytearray(), b"\0"):
    for n in (0, 1, 2, 5, -3, 7):
        r = v * n
        print(type(r).__name__, len(r), r[:10], bytes(r) == bytes(v) * n)
b = bytearray(b"12")
b *= 3
print(b)
x = b"\0" * 0xff00
print(len(x), x.count(0), (b"abc" * 1000)[2997:])
try:
    b"x" * (2**62)
except (MemoryError, OverflowError) as e:
    print(type(e).__name__)
