# str.encode and bytes.decode with the arguments most code passes take a shortcut for ASCII
# text: the same results, errors and laziness about error handlers as the codecs.
tests = [
    lambda: "abc".encode(),
    lambda: "abc".encode("utf-8"),
    lambda: "abc".encode("UTF_8"),
    lambda: "abc".encode("Latin-1", "strict"),
    lambda: "abc".encode("utf-8", "bogus"),
    lambda: "abc".encode("ascii", errors="bogus"),
    lambda: "é".encode("ascii", "bogus"),
    lambda: "abc".encode("utf-16"),
    lambda: "abc".encode("rot13"),
    lambda: "abc".encode(5),
    lambda: "abc".encode("utf-8", 5),
    lambda: b"abc".decode(),
    lambda: b"abc".decode("U8"),
    lambda: b"ab\xffc".decode("utf-8"),
    lambda: b"abc".decode("utf-8", "nope"),
    lambda: bytearray(b"xyz").decode("ascii"),
    lambda: b"abc".decode("cp1252"),
    lambda: "".encode("utf8"),
]
for t in tests:
    try:
        r = t()
        print(type(r).__name__, r)
    except Exception as e:
        print(type(e).__name__, e)
class S(str): pass
print(S("hi").encode("utf-8"), type(b"x".decode()))
class B(bytes): pass
print(B(b"hi").decode("ascii"))
