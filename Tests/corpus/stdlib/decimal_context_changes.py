# The native Decimal operations read the context's settings through inline caches:
# every change to a context (its attributes, its shape, its class) must show at once.
from decimal import Decimal, Context, getcontext, setcontext, localcontext, ROUND_DOWN, ROUND_UP, Inexact, Rounded

a, b = Decimal("1.23456789"), Decimal("9.87654321")
ctx = getcontext()
for prec in (28, 5, 3, 12, 1):
    ctx.prec = prec
    print(prec, a + b, a * b, a / b)
ctx.prec = 28

for rounding in (ROUND_DOWN, ROUND_UP):
    ctx.rounding = rounding
    print(rounding, Decimal(2) / Decimal(3), (a * b).quantize(Decimal("0.01")))
ctx.rounding = "ROUND_HALF_EVEN"

# Another context, then back: the cache is keyed on the object's shape, not its identity.
other = Context(prec=4, rounding=ROUND_UP)
setcontext(other)
print(a + b, Decimal(1) / Decimal(7))
setcontext(ctx)
print(a + b, Decimal(1) / Decimal(7))

# Traps and flags read natively.
with localcontext() as local:
    local.prec = 3
    local.traps[Inexact] = True
    try:
        print(Decimal(1) / Decimal(3))
    except Inexact as error:
        print("trapped", type(error).__name__)
    local.traps[Inexact] = False
    local.clear_flags()
    print(Decimal(1) / Decimal(3), local.flags[Inexact], local.flags[Rounded])

# A context of a subclass: another type for the same attributes.
class Plain(Context):
    pass

odd = Plain(prec=6)
setcontext(odd)
print(a * b)

# Emax and clamp.
tight = Context(prec=5, Emax=3, Emin=-3, clamp=1)
setcontext(tight)
print(Decimal("123") * Decimal("4"), Decimal("1.5") + Decimal("2.25"))
tight.Emax = 6
print(Decimal("12345") * Decimal("10"))
setcontext(ctx)
