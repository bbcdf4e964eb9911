# Randomized differential test of decimal arithmetic: operations at several precisions and
# every rounding mode, with the results, the flags they raised and the exceptions of trapped
# signals folded into one checksum (fixed seed). 45 rounds, every third one printed: the
# corpus also runs under CI's GC stress stage (a collection at every safepoint, 90 s at most),
# where each round costs about 190 collections.
import random
import zlib
from decimal import (Decimal, ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING,
                     ROUND_FLOOR, ROUND_UP, ROUND_HALF_DOWN, ROUND_05UP, Inexact, Rounded,
                     DecimalException, Context, setcontext)

MODES = [ROUND_DOWN, ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_CEILING, ROUND_FLOOR, ROUND_UP,
         ROUND_HALF_DOWN, ROUND_05UP]
rng = random.Random(20)


def operand():
    kind = rng.random()
    if kind < 0.05:
        return rng.choice(["0", "-0", "0.000", "1E+3", "-0E-5"])
    if kind < 0.1:
        return rng.randrange(-10**6, 10**6)
    digits = str(rng.randrange(1, 10 ** rng.randrange(1, 30)))
    exponent = rng.randrange(-25, 25)
    sign = rng.choice(["", "-"])
    return "%s%sE%d" % (sign, digits, exponent)


def as_decimal(value):
    return Decimal(value) if isinstance(value, str) else value


contexts = {}
checksum = 0
lines = 0
for round_number in range(45):
    precision = rng.choice([1, 2, 5, 9, 16, 19, 28, 38, 50])
    mode = rng.choice(MODES)
    a = Decimal(operand())
    b = as_decimal(operand())
    op = rng.choice("+-*/<=qf")
    # One context per (precision, mode), made once (a localcontext per round cost more
    # than the operation under the stress stage).
    context = contexts.get((precision, mode))
    if context is None:
        context = contexts[precision, mode] = Context(prec=precision, rounding=mode)
    context.clear_flags()
    context.traps[Inexact] = round_number % 7 == 0
    setcontext(context)
    if True:
        try:
            if op == "+":
                result = a + b
            elif op == "-":
                result = a - b
            elif op == "*":
                result = a * b
            elif op == "/":
                result = a / b
            elif op == "<":
                result = (a < b, a <= b, a > b, a >= b)
            elif op == "f":
                result = a // b
            elif op == "=":
                result = (a == b, a != b)
            else:
                result = a.quantize(Decimal("1E%d" % rng.randrange(-6, 4)), rounding=rng.choice(MODES))
            text = repr(result)
        except (DecimalException, ZeroDivisionError) as error:
            text = type(error).__name__
        flags = sorted(signal.__name__ for signal, raised in context.flags.items() if raised)
    line = "%s %s %s %s %s -> %s %s" % (precision, mode, a, op, b, text, flags)
    checksum = zlib.crc32(line.encode(), checksum)
    lines += 1
    if round_number % 3 == 0:
        print(line)
print(lines, checksum)
