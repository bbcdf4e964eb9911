print(hash(b"abc") == hash(b"abc"), b"abc" == bytearray(b"abc"))
d = {b"key": 1, b"other": 2}
print(d[b"key"], b"other" in d, sorted(d))
print(sorted({b"b", b"a", b"c"}), b"a" in {b"a"})
try:
    hash(bytearray(b"x"))
except TypeError as error:
    print("TypeError:", error)
print(bytes(bytearray(b"frozen")), bytearray(bytes(2)))
