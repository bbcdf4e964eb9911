# Decimals from and to text: construction from str, int, float, tuple and Decimal; str, repr,
# to_eng_string, format() with the mini-language; specials with payloads; bad input.
from decimal import *

for text in ["0", "-0", "1", "-1.50", "0.001", "1e3", "1E+3", "-1.23e-7", "123456789012345678901234567890.5",
             "1_000.5", "  42  ", "\u0661\u0662", ".5", "5.", "+7", "inf", "-Infinity", "nan", "NaN123", "-sNaN7",
             "0E-7", "1e-7", "12345e-10", "1.000000e+2", "0.0000001", "0.000001"]:
    value = Decimal(text)
    print(repr(text), str(value), repr(value), value.to_eng_string(), value.as_tuple())
for bad in ["", "abc", "1.2.3", "1e", "--1", "1 2", "nan nan"]:
    try:
        Decimal(bad)
    except InvalidOperation as error:
        print("InvalidOperation", repr(bad))
print(Decimal(0), Decimal(-12345), Decimal(10 ** 40), Decimal(-(2 ** 100)), Decimal(True))
print(Decimal(0.5), Decimal(-0.1), Decimal(1e20), Decimal(float("inf")), Decimal(float("-nan")).is_nan())
print(Decimal((0, (1, 2, 3), -1)), Decimal((1, (0,), 5)), Decimal((0, (), "F")), Decimal([1, (4, 5), 2]))
d = Decimal("3.14")
print(Decimal(d) is d, Decimal(d) == d, Decimal.from_float(0.25), Decimal.from_float(7))
for bad in [1j, object(), (1, 2), b"1"]:
    try:
        Decimal(bad)
    except (TypeError, ValueError) as error:
        print(type(error).__name__)
for spec in ["", "10", "<10", ">10", "^10", "*^12", "+", " ", ",", ".2f", ",.3f", "e", ".3e", "E", "g", ".3g", "G", "%", ".1%", "012.3f", "n"]:
    # Half of the values with each spec, in turn (all of them took long under CI's GC stress stage).
    print(repr(spec), [format(Decimal(v), spec) for v in ["1234567.891", "-0.000123", "0", "1E+10", "-Infinity", "NaN"][len(spec) % 2::2]])
print("{:>12.2f}|{:<8}|{:^9.1%}".format(Decimal("3.14159"), Decimal("-2"), Decimal("0.125")))
print(f"{Decimal('1e-7'):f} {Decimal('123.456'):.1f} {Decimal('-5'):+08.2f} {Decimal('1234.5'):,}")
with localcontext() as context:
    context.capitals = 0
    print(Decimal("1e20"), repr(Decimal("-1.5e-9")), context.capitals)
print(Decimal("1E+20"), Decimal("-1.5E-9"), Decimal("123E+1").to_eng_string(), Decimal("1E-6").to_eng_string())
