# Decimal as a value: hashing (equal to the hash of an equal int, float or Fraction),
# comparisons across types, conversions, rounding to integers, pickling and copying,
# subclasses, and the predicates and accessors.
import copy
import math
import pickle
from fractions import Fraction
from decimal import *

values = [Decimal(v) for v in ["0", "-0", "1", "-1", "1.0", "2.5", "-2.5", "0.1", "123.456", "1e10", "1E-10",
                               "Infinity", "-Infinity", "NaN", "12345678901234567890123456789"]]
for value in values:
    # (The hash of a NaN is its identity's, in CPython as in Tern.)
    hashed = hash(value) if not value.is_nan() else None
    print(str(value), hashed, value.is_finite(), value.is_zero(), value.is_signed(), value.adjusted(),
          value.as_tuple(), value.copy_abs(), value.copy_negate(), bool(value))
print(hash(Decimal(5)) == hash(5), hash(Decimal("2.5")) == hash(2.5), hash(Decimal("0.5")) == hash(Fraction(1, 2)))
print(hash(Decimal("-1")), hash(Decimal(10 ** 30)) == hash(10 ** 30), hash(Decimal("1.10")) == hash(Decimal("1.1")))
try:
    hash(Decimal("sNaN"))
except TypeError as error:
    print("TypeError", error)
print(Decimal(1) == 1, Decimal("1.0") == 1, Decimal("0.5") == Fraction(1, 2), Decimal(2) < Fraction(5, 2),
      Decimal("NaN") == Decimal("NaN"), Decimal("NaN") != 1, Decimal(3) > 2, 2 < Decimal(3), Decimal("-0") == 0)
print(sorted([Decimal("2.5"), 1, Decimal("-3"), Fraction(7, 3), Decimal("1E1")]), max(Decimal(1), Decimal("1.0")))
print(int(Decimal("-7.9")), float(Decimal("0.1")), int(Decimal("1e20")), complex(Decimal("1.5")), math.floor(Decimal("-2.5")),
      math.ceil(Decimal("2.1")), math.trunc(Decimal("-2.7")))
print(round(Decimal("2.5")), round(Decimal("3.5")), round(Decimal("2.675"), 2), round(Decimal("-1234.5"), -2))
print(Decimal("7.5").to_integral_value(), Decimal("-7.5").to_integral_exact(rounding=ROUND_UP), Decimal("1E+2").to_integral())
print(Decimal("1.75").as_integer_ratio(), Decimal("-0").as_integer_ratio(), Decimal(10).as_integer_ratio())
for bad in ["Infinity", "NaN"]:
    try:
        int(Decimal(bad))
    except (ValueError, OverflowError) as error:
        print(type(error).__name__, error)
for value in [Decimal("3.14"), Decimal("-0"), Decimal("NaN"), Decimal("-Infinity"), Decimal("1E+999")]:
    for protocol in [0, pickle.HIGHEST_PROTOCOL]:
        again = pickle.loads(pickle.dumps(value, protocol))
        assert str(again) == str(value) and type(again) is Decimal
    print(repr(copy.copy(value)), repr(copy.deepcopy(value)), copy.copy(value) is value)
context = Context(prec=7, rounding=ROUND_UP, Emin=-99, Emax=99, capitals=0, clamp=1, flags=[Inexact], traps=[Overflow])
print(pickle.loads(pickle.dumps(context)).prec, copy.copy(context).Emax, context.Etiny(), context.Etop())


class Money(Decimal):
    def __repr__(self):
        return "Money(%s)" % self


m = Money("1.50")
print(repr(m), type(m).__name__, isinstance(m, Decimal), repr(m + 1), type(m + 1).__name__, repr(Money(m)))
print(Decimal("1.5").compare(2), Decimal("2").compare_total(Decimal("2.0")), Decimal(5).max(Decimal(3)),
      Decimal(-5).min_mag(Decimal(3)), Decimal("1.2300").normalize(), Decimal(15).scaleb(2), Decimal(7).fma(2, 1))
print(Decimal(2).exp(), Decimal(100).log10(), Decimal(10).ln(), Decimal(2) ** Decimal("0.5"), pow(Decimal(3), 4, 5))
print(Decimal("1.5").next_plus(), Decimal("1.5").next_minus(), Decimal(1).next_toward(2), Decimal(12).logb(),
      Decimal(1010).logical_and(Decimal(1100)), Decimal(123).rotate(1), Decimal(123).shift(-1), Decimal(5).number_class())
print(Decimal(10).remainder_near(3), Decimal("2.5").same_quantum(Decimal("3.1")), Decimal(4).radix(),
      Decimal("1.1").is_canonical(), Decimal("-1E-999999").is_subnormal(), Decimal("1").canonical())
print(Decimal(1).real, Decimal(1).imag, Decimal(3).conjugate(), Decimal("1.5").__reduce__())
