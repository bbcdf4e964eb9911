# Decimal arithmetic and quantize with a context passed explicitly (Context methods, context=),
# which compute natively: results, flags set on the passed context (not the current one),
# traps of the passed context, rounding= beside context=, and wrong context arguments.
from decimal import (Decimal, Context, getcontext, localcontext, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_HALF_UP,
                     ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_DOWN, ROUND_05UP,
                     ROUND_UP, Inexact, Rounded, InvalidOperation, DivisionByZero)

getcontext().rounding = ROUND_DOWN
banker = Context(rounding=ROUND_HALF_EVEN, prec=6)
two = Decimal("0.01")
rate = Decimal("0.00894")
total = Decimal(0)
for n in (12, 345, 6789, 10001, 99999, 123456):
    p = banker.quantize(rate * n, two)
    b = (p * Decimal("0.0675")).quantize(two)
    total += p + b
    print(n, p, b, total)
print(sorted(s.__name__ for s, v in banker.flags.items() if v))
print(sorted(s.__name__ for s, v in getcontext().flags.items() if v))

small = Context(prec=3, rounding=ROUND_UP)
a, b = Decimal("1.2345"), Decimal("6.789")
print(small.add(a, b), small.subtract(a, b), small.multiply(a, b), small.divide(a, b))
print(small.subtract(a, 7), small.add(2, a), small.divide_int(a, b), small.multiply(a, 3))
print(a.quantize(Decimal("0.1"), ROUND_DOWN, small), a.quantize(Decimal("0.1"), context=small))
print(a.quantize(Decimal("0.1"), rounding=ROUND_UP, context=small), a.quantize(Decimal("1"), None, None))
print(sorted(s.__name__ for s, v in small.flags.items() if v))

strict = Context(prec=4, traps=[Inexact])
try:
    strict.quantize(Decimal("1.23456"), Decimal("0.001"))
except Inexact as error:
    print("Inexact", type(error).__name__, sorted(s.__name__ for s, v in strict.flags.items() if v))
try:
    strict.add(Decimal("1.00001"), Decimal(1))
except Inexact:
    print("Inexact on add")
print(strict.add(Decimal("1.5"), Decimal(1)), strict.multiply(Decimal("1.5"), 2))
try:
    Context(traps=[DivisionByZero]).divide(Decimal(1), Decimal(0))
except DivisionByZero as error:
    print("DivisionByZero", error.__class__.__name__)
print(Context().divide(Decimal(1), Decimal(3)))

for bad in ("context", 3, getcontext):
    try:
        a.quantize(Decimal("0.1"), context=bad)
    except TypeError as error:
        print("TypeError", error)
for call in (lambda: a.quantize(Decimal("0.1"), rounding="SIDEWAYS", context=small),
             lambda: a.quantize(Decimal("0.1"), 5),
             lambda: a.quantize(Decimal("0.1"), ROUND_UP, small, rounding=ROUND_DOWN),
             lambda: a.quantize(Decimal("0.1"), ROUND_UP, None, None),
             lambda: a.quantize(Decimal("0.1"), foo=1),
             lambda: a.quantize(),
             lambda: a.quantize(exp=Decimal("0.01"), context=small),
             lambda: a.quantize(Decimal("0.1"), ROUND_UP, rounding=ROUND_DOWN),
             lambda: a.quantize(1.5),
             lambda: a.quantize("0.1"),
             lambda: a.quantize(2, ROUND_UP),
             lambda: a.quantize(True)):
    try:
        print(call())
    except Exception as error:
        print(type(error).__name__, repr(str(error)))

with localcontext() as local:
    local.prec = 2
    print(a + b, Context(prec=9).add(a, b), small.add(a, b), a.quantize(two, context=small))
    try:
        a.quantize(two)
    except InvalidOperation as error:
        print("InvalidOperation", sorted(s.__name__ for s, v in local.flags.items() if v))
print(a + b)

# Values wholly below the quantum's last digit, under every rounding mode.
values = ["0.0004", "-0.0004", "0.0049", "0.005", "-0.00001", "1E-30", "0.000", "9E-3", "0.0099"]
for mode in (ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP):
    context = Context(rounding=mode)
    results = []
    for text in values:
        for quantum in ("1E-1", "1", "1E+2"):
            results.append(str(context.quantize(Decimal(text), Decimal(quantum))))
    print(mode, " ".join(results), sorted(s.__name__ for s, v in context.flags.items() if v))
strict = Context(traps=[Inexact])
try:
    strict.quantize(Decimal("0.0004"), Decimal("0.01"))
except Inexact:
    print("Inexact", sorted(s.__name__ for s, v in strict.flags.items() if v))
print(Decimal("-0.0004").quantize(Decimal("0.01")), Decimal("0.0004").quantize(Decimal("0.01"), ROUND_UP))
