t = tuple(range(10))
print(t[::2], t[7:2:-2], t[-2:], type(t[1:2]).__name__)
b = b"abcdefgh"
print(b[1:4], b[::-1], b[::3], b[-1], b[-1:])
ba = bytearray(b"abcdef")
ba[1:3] = b"ZZZZ"
del ba[::2]
print(ba)
r = range(0, 30, 3)
print(r[2:5], list(r[2:5]), r[::-1], r[-2])
