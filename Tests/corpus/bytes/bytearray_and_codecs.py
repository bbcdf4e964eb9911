ba = bytearray(b"hello")
ba[1:3] = [69, 76]
print(ba, ba[0], ba[-1], ba[1:3], ba[::-1], len(ba), bytes(ba) == ba, ba == b"hELlo")
ba[::2] = b"XYZ"
print(ba)
del ba[::2]
print(ba)
ba.extend(range(65, 70)); print(ba)
ba.remove(65); print(ba, ba.pop(0), ba)
ba *= 2; print(ba)
print(ba + b"!", b"!" + ba, type(b"!" + ba).__name__, ba.find(b"B"), ba.index(67), 67 in ba, b"CD" in ba)
c = ba.copy(); c.clear(); print(c, ba, bool(c), bool(ba))
print(bytearray(b"a b").split(), bytearray(b"xyx").strip(b"x"), bytearray(b"ab").hex(), bytearray.fromhex("0a0b"))
print(list(bytearray(b"abc")), [x for x in bytearray(b"\x01\x02")], sorted(bytearray(b"cab")))
print(b"abc".hex(":"), b"abcdef".hex("-", 2), bytes.fromhex("  00ff "), b"a\x00".isalnum())
print(b"%s|%5s|%-5s|%r|%c|%c|%d|%x|%.2f" % (b"x", b"ab", b"cd", b"q", 65, b"z", 42, 255, 1.5))
print(b"%(k)s" % {b"k": b"v"}, bytearray(b"%d") % 5)
print(b"a,b".split(b",", 1), b"a b c".rsplit(None, 1), b"x".join([bytearray(b"1"), b"2"]), bytearray(b"-").join([b"a", b"b"]))
print(b"Hello World".title(), b"hELLO".swapcase(), b"abc".upper().lower(), b"  ".isspace(), b"".isspace())
print(b"abc".startswith((b"x", b"a")), b"abc".endswith(bytearray(b"bc")), b"abcabc".count(b"bc"), b"abc".rfind(99))
print(b"\t".expandtabs(), b"abc".center(7, b"-"), b"abc".ljust(5, b"."), b"12".zfill(5), b"-3".zfill(4))
print(bytes(b"x"), bytes([]), bytes((1, 2)), bytearray(range(3)), bytes(bytearray(2)), bytes("é", "latin-1"))
print(b"abc".translate(bytes.maketrans(b"abc", b"xyz")), b"aXbX".replace(b"X", b""), b"abc".removeprefix(b"a"))
print((1024).to_bytes(2, "little"), int.from_bytes(b"\x00\x04", "little"), (255).to_bytes(), int.from_bytes(b"\x80", signed=True), (2**70).to_bytes(9, "big"))
print(int.from_bytes(bytes(range(10)), "big"), (-129).to_bytes(2, "big", signed=True))
print(repr(bytearray()), repr(bytearray(b"\xff'")), str(b"x"), f"{b'ab'}", "%s" % bytearray(b"z"))
for thing in [lambda: bytes("x"), lambda: bytearray(-1), lambda: b"a" + 1, lambda: ba.append(-1), lambda: bytes(1.5),
              lambda: b"abc".index(b"z"), lambda: ba.pop(100), lambda: b"x".decode("ascii", "bogus"), lambda: b"\x80".decode("ascii"),
              lambda: b"%d" % b"x", lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"), lambda: bytearray(b"") .pop(),
              lambda: b"a" * "b", lambda: {bytearray(): 1}, lambda: b"abc".split(b""), lambda: b"x".join(["a"]), lambda: bytes.fromhex("zz"),
              lambda: b"ab"[5], lambda: bytearray(b"ab")[5], lambda: b"%s" % "str", lambda: bytes([1, "a"]), lambda: bytes(["a"])]:
    try:
        print(thing())
    except Exception as e:
        print(type(e).__name__, e)
