# Decimal's signals: the flags an operation raises, trapped signals and their exceptions
# (class, args), localcontext, and contexts passed explicitly.
from decimal import *


def raised(context):
    return sorted(signal.__name__ for signal, flag in context.flags.items() if flag)


def attempt(label, function):
    context = getcontext()
    context.clear_flags()
    try:
        result = repr(function())
    except InvalidOperation as error:
        # (CPython names the condition in args, ConversionSyntax or DivisionUndefined: not yet on Tern.)
        result = type(error).__name__
    except DecimalException as error:
        result = "%s %s" % (type(error).__name__, [c.__name__ for c in error.args[0]])
    except (TypeError, ValueError) as error:
        result = "%s %s" % (type(error).__name__, error)
    print(label, result, raised(context))


setcontext(Context())
attempt("exact", lambda: Decimal(1) + Decimal(2))
attempt("inexact", lambda: Decimal(1) / Decimal(3))
attempt("rounded only", lambda: Decimal("1.000000000000000000000000000000") * 1)
attempt("divide by zero", lambda: Decimal(1) / 0)
attempt("zero by zero", lambda: Decimal(0) / 0)
attempt("invalid sqrt", lambda: Decimal(-1).sqrt())
attempt("conversion", lambda: Decimal("abc"))
attempt("overflow", lambda: Decimal("9e999999") * 10)
attempt("underflow", lambda: Decimal("1e-999999") / 10 ** 30)
attempt("quantize inexact", lambda: Decimal("1.2345").quantize(Decimal("0.01")))
attempt("quantize exact", lambda: Decimal("1.2300").quantize(Decimal("0.01")))
attempt("quantize too many digits", lambda: Decimal("1e30").quantize(Decimal("0.01")))
attempt("float compare", lambda: Decimal(1) < 1.5)
attempt("nan compare", lambda: Decimal("NaN") < 1)
attempt("snan equality", lambda: Decimal("sNaN") == 1)

context = getcontext()
context.traps[Inexact] = True
attempt("trapped inexact", lambda: Decimal(1) / Decimal(3))
attempt("trapped inexact add", lambda: Decimal("1.23456789012345678901234567890") + 1)
attempt("trapped inexact ln", lambda: Decimal(2).ln())
context.traps[Rounded] = True
attempt("trapped both", lambda: Decimal(2) / Decimal(3))
context.traps[Inexact] = False
attempt("trapped rounded", lambda: Decimal(2) / Decimal(3))
context.traps[Rounded] = False
context.traps[DivisionByZero] = False
attempt("untrapped division by zero", lambda: Decimal(-1) / 0)
context.traps[InvalidOperation] = False
attempt("untrapped invalid", lambda: Decimal(0) / 0)
attempt("untrapped conversion", lambda: Decimal("1.2.3"))
setcontext(Context())

with localcontext() as local:
    local.prec = 5
    local.rounding = ROUND_UP
    print(Decimal(1) / 7, local.prec, getcontext() is local)
print(Decimal(1) / 7, getcontext().prec)
with localcontext(Context(prec=3)) as local:
    print(Decimal(2) / 3, local.prec)
ctx = Context(prec=4, rounding=ROUND_DOWN, traps=[])
print(ctx.divide(Decimal(2), Decimal(3)), ctx.add(1, 2), ctx.multiply(Decimal("1.23456"), 1), ctx.power(2, 10))
print(ctx.sqrt(Decimal(2)), ctx.quantize(Decimal("1.23456"), Decimal("0.1")), ctx.divide(1, 0))
print(raised(ctx))
print(Decimal("1.23456").quantize(Decimal("0.01"), rounding=ROUND_UP), Decimal("-1.23456").quantize(Decimal("0.01"), ROUND_FLOOR))
print(Decimal("2.5").quantize(Decimal(1)), Decimal("3.5").quantize(Decimal(1)), Decimal("-0.5").quantize(Decimal(1)))
print(issubclass(Inexact, DecimalException), issubclass(DivisionByZero, ZeroDivisionError), issubclass(InvalidOperation, ArithmeticError))
print(Decimal.__module__, Context.__module__, InvalidOperation.__module__, type(getcontext()).__name__)
with localcontext() as local:
    local.traps[FloatOperation] = True
    print(Decimal(2) == 2.0, Decimal("2.5") != 2.5, bool(local.flags[FloatOperation]))
    try:
        Decimal(2) < 2.5
    except FloatOperation as error:
        print("FloatOperation", [c.__name__ for c in error.args[0]])
for bad in ["x", 5, None]:
    try:
        print(Decimal(2).ln(context=bad))
    except TypeError as error:
        print("TypeError", error)
