print("a b  c".split(None, 1), "a b  c".rsplit(None, 1), "  a b  c  ".rsplit(maxsplit=1), "  a b  c  ".split(maxsplit=0))
print("a,b,c".rsplit(",", 1), "a,b,c".split(",", maxsplit=1), "".rsplit(), "x".split("x"))
print("abc".center(10, "-"), "abc".ljust(2), "ab".center(5, "é"))
print("hello".find("l", 3), "hello".find("l", -2), "hello".rfind("l", 0, 3), "hello".count("l", 3), "".count(""), "abc".count("", 1))
print("hello".startswith(("x", "he")), "hello".endswith("lo", 0, 5), "hello".startswith("", 5), "hello".startswith("", 6))
print("Straße".upper(), "ǅungla".title(), "hello WORLD".capitalize(), "ΑΣ".lower(), "ﬁ".upper())
print("x\ty\tzz\tw".expandtabs(3), "12\n\t3".expandtabs())
print("{0:>{1}}|{2!r:^9}|".format("ab", 5, "q"), "{:%}".format(0.5), "{a[0]}{a[1]}".format(a="xy"))
print("%s %r %5.2f %-4d| %x %o %e %%" % ("s", "r", 3.14159, 7, 255, 8, 1234.5))
print("%(a)s-%(b)03d" % {"a": 1, "b": 2})
print("abc".isprintable(), "a\nb".isprintable(), "".isprintable(), "é".isascii(), "Ab".istitle(), "AB".istitle())
print("Hello".swapcase(), "ß".casefold(), "ΣΑΣ".casefold())
print(str.maketrans("ab", "cd"), "abab".translate({97: "XY", 98: None}))
print("a\x0bb\x0cc\x1cd\u2028e".splitlines(), "a\r\nb\rc\n".splitlines(keepends=True))
print("x".zfill(5), "-".zfill(3), "+-1".zfill(5))
print("tab".partition("zz"), "tab".rpartition("zz"), "a.b.c".rpartition("."))
print("aaa".replace("a", "b", 2), "abc".replace("", "-"), "abc".replace("", "-", 2))
print("{:*^10}".format("mid"), "{:=+8}".format(42), "{:#x}".format(255), "{:_b}".format(255))
print(format("abc", "5"), "{}".format(b"x"), "{!a}".format("é"))
print(repr("é\t\x00'\""), ascii("é✓"))
print(" ".join(["a"]*3), "".join(("x", "y")), "-".join({"k": 1}))
print("abc"[::-1], "abcdef"[1:5:2], "é✓x"[1], len("é✓x"))
for bad in ["{", "}", "{0", "{!x}", "{0!r:", "{:d}"]:
    try:
        print(bad.format(1))
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
print("{}{}".format(*"ab"), "{0}{0}".format("x"))
print("x".encode("utf-16"), "x✓".encode("utf-16-be"), b"\xff\xfex\x00".decode("utf-16"), "é".encode("utf-8").decode("latin-1"))
print("é✓".encode("ascii", "backslashreplace"), "é✓".encode("ascii", "xmlcharrefreplace"), b"a\xffb".decode("ascii", "replace"), b"a\xe2\x82".decode("utf-8", "replace"))
try:
    b"a\xe2\x82".decode("utf-8")
except UnicodeDecodeError as e:
    print(e)
try:
    "ab✓✓".encode("latin-1")
except UnicodeEncodeError as e:
    print(e)
try:
    "x".encode("nope")
except LookupError as e:
    print(e)
print(str(b"abc", "ascii"), str(bytearray(b"xy"), encoding="utf-8"), str(b"\xff", "utf-8", "ignore"))
