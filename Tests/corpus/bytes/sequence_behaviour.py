print(list(reversed(b"abc")), list(reversed(bytearray(b"xy"))), b"abc" < bytearray(b"abd"), sorted([b"b", bytearray(b"a")]))
print(b"abc" * 0, 2 * b"ab", 2 * bytearray(b"x"), b"".join([]), bytearray(b"abc")[-1], max(bytearray(b"abc")), list(enumerate(bytearray(b"ab"))))
ba = bytearray(b"abc")
ba[1:1] = b"zz"; print(ba)
ba[:] = []; print(ba, len(ba), bool(ba))
ba += bytearray(b"q"); ba *= 3; print(ba)
ba2 = ba
ba2 += b"!"
print(ba is ba2, ba)
print(bytearray(b"abc") == bytearray(b"abc"), bytearray(b"a") != b"a", b"a" in [bytearray(b"a")])
print(str(bytearray(b"x"), "ascii"), bytes(b"x") is not None, bytearray(b"ab").startswith(b"a"), bytearray(b" x ").strip())
print("%c%c" % ("a", 98), "%5.2s|" % "abc", "%-5c|" % "z", "%x" % 255.0 if False else "", "%i" % 3.9, "%s" % [1, "a"])
print(f"{'é':*^5}", f"{'abc'!r:>7}", f"{3.5!s:>6}", f"{'x'!a}", "{0!a}".format("é"))
