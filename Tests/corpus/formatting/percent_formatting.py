print("%s is %d years" % ("Bob", 42))
print("%5d|%-5d|%05d|%+d" % (7, 7, 7, 7))
print("%.2f|%8.3f|%-8.1f|%e|%g|%G" % (3.14159, 2.71828, 1.5, 12345.6789, 0.00001234, 1e-10))
print("%x|%X|%#x|%o|%#o" % (255, 255, 255, 8, 8))
print("%r|%s|%a" % ("q", "q", "é"))
print("%c%c" % (72, "i"), "100%%", "%s" % [1, 2], "%s" % (1,))
print("%(name)s=%(value)d" % {"name": "x", "value": 5})
print("%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
try:
    "%d" % "x"
except TypeError as error:
    print("TypeError:", error)
try:
    "%s %s" % ("one",)
except TypeError as error:
    print("TypeError:", error)
try:
    "%s" % (1, 2)
except TypeError as error:
    print("TypeError:", error)
