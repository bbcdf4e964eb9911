# The % operator written straight into a str: literals around %%, widths, flags,
# precision on text, non-ASCII text and fills, mapping keys, the parse cache
# (the same format text from different str objects), bytes % and errors.
fmt = "%d-%s-%.3f"
for i in (0, 7, -13, 10**20):
    print(fmt % (i, "ab", i / 7))
print("%%|%s%%%s|%%%%" % (1, 2))
print("%5s|%-5s|%.2s|%5.1s|%-6.3s|" % ("ab", "ab", "xyz", "xyz", "uvwxyz"))
print("%s|%5s|%-5s|%.1s|" % ("é", "éü", "ß", "日本"))
print("é%sü%d" % ("日本", 3), "%c%c%c" % (0x65e5, "€", 97))
print("%05d|%-05d|%+05d|% 5d|%+ d|%#06x|%#-8o|%#X|%.5d|%8.3d|%-+8.3d|" % (42, 42, 42, 42, 42, 255, 8, 3054, -42, 7, 7))
print("%x %o %X %d" % (-(2**70), -(2**70), 2**70, -(10**25)))
print("%i|%u|%d" % (3.99, -3.99, True))
print("%e|%E|%.0e|%#.0e|%g|%G|%#g|%.3g|%10.4g|" % (12345.6789, 0.000123, 5.5, 5.5, 1e-5, 1e20, 2.0, 1234567.0, 3.14159))
print("%f|%.0f|%#.0f|%.1f|%.2f|%.20f|%.25f|" % (0.5, 0.5, 1.5, 0.25, 2.675, 0.1, 1/3))
print("%.110f" % 1.5)
print("%f %F %e %g %5.1f %-8f| %+f %08.2f" % (float("inf"), float("-inf"), float("nan"), float("-inf"), float("nan"), float("inf"), 0.0, -0.0))
print("%(a)s %(b)05.1f %(a)r %(c)s" % {"a": "x", "b": 2.25, "c": [1, "é"]})
print("%(k(1))s|%()s" % {"k(1)": 1, "": 2})
print("%*d|%-*d|%.*f|%*.*s|" % (5, 1, 5, 2, 2, 3.14159, 6, 2, "abcdef"), "%*d|" % (-4, 9))
print("%r|%a|%r|%a" % ("é\n", "é\n", 1.5, "日"))
print("%s %s" % (1.0, 1e16), "%s|%r" % (-0.0, 2.5e-5), "%s" % (1e300 * 10,))
print(b"%s|%5b|%-4s|%.1s|%c|%c|%r|%a|%x|%5.2f|%%" % (b"ab", b"cd", b"e", b"xyz", 65, b"z", b"q", "é", 255, 2.5))
print(bytearray(b"%s-%d") % (b"x", 3))
for text in ("%", "%5%", "%(a", "%5", "%y", "% z", "%\u00e9", "%s %s", "%d", "%c", "%c", "%(a)s", "%s"):
    for args in (("x",), {"a": 1}, (99999999,), ("ab",), ()):
        try:
            print(repr(text), repr(args), repr(text % args))
        except Exception as error:
            print(repr(text), repr(args), type(error).__name__, error)
try:
    "%d" % "x"
except TypeError as error:
    print(error)
try:
    "%x" % 1.5
except TypeError as error:
    print(error)
try:
    "%f" % "x"
except TypeError as error:
    print(error)
print("%s" % "".join(["%", "s"]) % 5, ("%" + "d") % 6)
