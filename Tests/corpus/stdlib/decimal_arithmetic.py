# Decimal arithmetic at several precisions and in every rounding mode: results, exponents,
# negative zeros, operands of mixed type, and the exceptions of bad operands.
from decimal import (Decimal, getcontext, localcontext, ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN,
                     ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP)

MODES = [ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP,
         ROUND_HALF_DOWN, ROUND_05UP]
VALUES = ["1", "-1", "2.5", "-2.5", "0.125", "1234567.891", "9999999999", "-0", "0.000", "1E+10",
          "3.14159265358979323846264338327950288", "-7.00", "1E-20", "5"]

# Each left operand meets every right one once per precision, in turn across the modes (every
# pair in every mode, each in its own localcontext, took minutes under CI's GC stress stage, a
# collection at every safepoint).
for precision in [1, 3, 12, 28]:
    with localcontext() as context:
        context.prec = precision
        for shift, mode in enumerate(MODES):
            context.rounding = mode
            row = []
            for index, left in enumerate(VALUES[:8]):
                right = VALUES[6 + (index + shift) % 8]
                a, b = Decimal(left), Decimal(right)
                row.append("%s %s %s %s" % (a + b, a - b, a * b, a / b if b else "-"))
            print(precision, mode, " | ".join(row))

with localcontext() as context:
    context.prec = 28
    print(Decimal(1) / Decimal(3), Decimal(2) / Decimal(3), Decimal(1) / Decimal(8), Decimal(10) / Decimal(4))
    print(Decimal("1.30") + Decimal("1.20"), Decimal("1.30") * Decimal("1.20"), Decimal("100") / Decimal("10.0"))
    print(Decimal("12") / Decimal("0.4"), Decimal("1E+2") / Decimal("1E-2"), Decimal("-0") + Decimal("0"))
    print(Decimal("-0") + Decimal("-0"), Decimal("-0") - Decimal("0"), Decimal("0") * Decimal("-5"))
    context.rounding = ROUND_FLOOR
    print(Decimal("-0") + Decimal("0"), Decimal("1") - Decimal("1"), Decimal("5") + Decimal("-5.0"))
    context.rounding = ROUND_HALF_EVEN
    print(Decimal(7) + 3, 3 + Decimal(7), Decimal(7) - 3, 3 - Decimal(7), Decimal(7) * 3, 3 * Decimal(7))
    print(Decimal(7) / 2, 7 / Decimal(2), Decimal(7) + True, Decimal(2) * (10 ** 30), Decimal(2) / (10 ** 30))
    print(Decimal(7) // 2, Decimal(-7) // 2, Decimal(7) % 3, Decimal(-7) % 3, divmod(Decimal(7), 2))
    print(-Decimal("1.50"), +Decimal("-0"), abs(Decimal("-1.5")), Decimal("1.23456789") ** 2)
    print(Decimal(2) ** 10, Decimal(2) ** -2, Decimal("1.1") ** 3, Decimal(2).sqrt(), Decimal(9).sqrt())
    print(Decimal("123456789012345678901234567890") + 1, Decimal("9" * 28) + 1, Decimal("9" * 40) * 9)
    print(Decimal("1e999999") * 10 if False else "skip", Decimal("0.1") + Decimal("0.2") == Decimal("0.3"))
    for bad in ["1", 1.5, None, [1]]:
        try:
            print(Decimal(1) + bad)
        except TypeError as error:
            print("TypeError", error)
    try:
        print(Decimal(1) < 1.5, Decimal(1) == 1.0, Decimal("0.5") == 0.5)
    except Exception as error:
        print(type(error).__name__, error)
