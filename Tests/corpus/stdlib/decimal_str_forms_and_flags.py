# str() and repr() of Decimals in every layout (point inside, leading zeros, exponent with
# either capital), the Inexact and Rounded flags that rounding sets, traps given as bools or
# ints (flags are printed through bool(): Tern's come from _pydecimal, which keeps 0 and 1
# where CPython's C module keeps False and True), and dicts and sets keyed by classes (type's identity hash) beside a metaclass that
# defines its own __eq__ and __hash__.
from decimal import Decimal, Context, localcontext, getcontext, Inexact, Rounded, ROUND_HALF_EVEN

for text in ["0.5", "-0.5", "0", "-0", "0.000001", "0.0000001", "1E+3", "1.23E+5", "123.456", "-123",
             "1e-7", "12345678901234567890123.45", "-0.00", "5E-10", "100", "1.000", "9" * 30 + ".5",
             "0.1234567", "12.5e-3", "7E+0", "1E1", "-4.2E-8"]:
    value = Decimal(text)
    print(text, str(value), repr(value))
print(Decimal(2 ** 70), Decimal(-(2 ** 65)) / 4, Decimal(10) ** 30)
with localcontext() as context:
    context.capitals = 0
    print(str(Decimal("1.5E+9")), repr(Decimal("-2E-12")), Decimal("0.0000005"))

context = getcontext()
context.clear_flags()
quarter = Decimal("0.25")
print(bool(context.flags[Inexact]), bool(context.flags[Rounded]))
print(quarter.quantize(Decimal("0.1")), context.flags[Inexact], context.flags[Rounded])
context.clear_flags()
print(quarter.quantize(Decimal("0.01")), bool(context.flags[Inexact]), bool(context.flags[Rounded]))
print(Decimal(1) / Decimal(3), context.flags[Inexact], context.flags[Rounded])

for traps in [[Inexact], [Rounded], []]:
    strict = Context(prec=5, rounding=ROUND_HALF_EVEN, traps=traps)
    if not traps:
        strict.traps[Rounded] = 1   # an int, as _pydecimal's own dicts hold
    for operation in [lambda: strict.quantize(Decimal("1.25"), Decimal("0.1")),
                      lambda: strict.multiply(Decimal("1.5"), Decimal("2")),
                      lambda: strict.divide(Decimal(1), Decimal(7))]:
        try:
            print(traps, operation())
        except (Inexact, Rounded) as error:
            print(traps, type(error).__name__, [signal.__name__ for signal in error.args[0]] if error.args and isinstance(error.args[0], list) else error.args)
    strict.traps[Inexact] = 0
    strict.traps[Rounded] = 0
    print(strict.divide(Decimal(1), Decimal(7)), sorted(name.__name__ for name, on in strict.flags.items() if on))

registry = {int: "int", str: "str", Decimal: "Decimal", type: "type"}
print(registry[int], registry[Decimal], registry.get(float), type in registry, bool in registry)
classes = {int, str, Decimal, int}
print(len(classes), str in classes, bytes in classes)

class Loose(type):
    def __eq__(cls, other):
        return isinstance(other, type) and cls.__name__ == other.__name__
    def __hash__(cls):
        return hash(cls.__name__)

A = Loose("Same", (), {})
B = Loose("Same", (), {})
table = {A: "first"}
print(table[B], B in table, A == B, A is B, hash(A) == hash("Same"))
mixed = {A: 1, int: 2}
print(mixed.get(B), mixed.get(int), len({A, B, int, int}))
