# format(), f-strings and str.format written straight into a str: fill and
# alignment (ASCII and not), signs, '#', ',' and '_' grouping with zero padding,
# precision on text, 'z', nan/inf/-0.0, huge ints, precision past 100, the spec
# cache (the same spec text read for an int, a float and a str), and errors.
for value in (0, 7, -7, 1234567, -1234567, 2**64, -(10**30)):
    print(f"{value:>12}|{value:<12}|{value:^12}|{value:=12}|{value:012}|{value:+,}|{value:_x}|{value:#b}|{value:#o}|{value:#X}|{value:,d}|{value:012,}|")
for spec in ("8", "<8", "*^9", "é>7", "0=10", "+010,.2f", " .3e", "#.0f", "z.1f", "_.1f", "%", ".2%", "08.3g", "#g", ".120f", "15.105e", "n", "g", ".0", ".1", "010"):
    for value in (3.14159, -0.0, -0.001, 1e16, 1234567.891, float("nan"), float("-inf"), 0.5, 2.5):
        print(spec, format(value, spec))
print(f"{'ab':>5}|{'ab':_<5}|{'ab':é^6}|{'日本':>5}|{'abcdef':.3}|{'é':3}|{'xyz':^7.2}|")
print(format(True, ">6"), format(True, "d"), format(False, "#x"), f"{True}", format(True, ""))
print(f"{65:c}|{0x65e5:^5c}|{'s'!r:>6}|{'é'!a}|{1.5!s:>6}|{2.0!r}")
print("{:>8}|{:<8,}|{:^8.2f}|{!r:>6}|{:{w}.{p}f}|{:{}}".format(1, 1000, 2.5, "x", 3.14159, 42, "^6", w=9, p=3))
print("{0}{0:>4}{1:é<4}{{}}".format(5, "日"))
print(repr(1.0), repr(-2.5e-7), str(1e22), str(0.1 + 0.2), repr(float("nan")), str(-float("inf")), repr(123456789012345678.0))
print(format(12, "d"), format(12.0, "f"), format("12", "s"), format(12, ""), format(12.5, ""), format(10**40, ""))
for value, spec in ((1, "x=5d"), (1.5, ".2q"), ("s", "+"), ("s", "="), ("s", "#"), ("s", "z"), (1, ".2"), (1, "z"),
                    (1, "+c"), (1, "#c"), (-1, "c"), (1, ",_"), (1, "_,"), (1, ",b"), ("s", ",") , (2**70, "e"),
                    (1.5, "."), (1, "1" * 30), (1.5, "d"), ("s", "d"), ([], "5"), (None, ">3")):
    try:
        print(repr(value), repr(spec), repr(format(value, spec)))
    except Exception as error:
        print(repr(value), repr(spec), type(error).__name__, error)
class Money(float):
    def __format__(self, spec):
        return "$" + format(float(self), spec)
class Count(int):
    pass
print(f"{Money(2.5):.2f}|{Count(5):>4}|{Count(5):x}", format(Count(7), ""), "%d %s %.1f" % (Count(3), Count(4), Money(1.25)))
# Zero padding without digits (inf, nan, a 'c' character) is plain fill, never grouped.
for v in (float("nan"), float("-inf")):
    for spec in ("+010,.2f", "010,", "=+10_", "0=12,.1e", "012,%"):
        print(spec, repr(format(v, spec)))
for spec in ("0=5c", "08c", "*=6c"):
    print(spec, repr(format(65, spec)))
print(format(-0.0, "+08,"), format(0.0, "z08,.1f"), format(-1e-9, "z=+09,.2f"), format(-1e-9, "z.2%"))
