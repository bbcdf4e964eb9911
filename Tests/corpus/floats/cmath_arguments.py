# cmath's argument conversion (__complex__, __float__, __index__, subclasses), its
# TypeErrors, isclose's keyword-only tolerances, and the argument-count messages.
import cmath


class WithComplex:
    def __complex__(self):
        return 3 + 4j


class WithFloat:
    def __float__(self):
        return 2.25


class WithIndex:
    def __index__(self):
        return 9


class BadComplex:
    def __complex__(self):
        return 1.5


class BadFloat:
    def __float__(self):
        return "2.5"


class BadIndex:
    def __index__(self):
        return 2.5


class ComplexSub(complex):
    def __complex__(self):
        return 99j  # not used: a complex is taken as it is


class FloatWithComplex(float):
    def __complex__(self):
        return -4j


for value in [WithComplex(), WithFloat(), WithIndex(), ComplexSub(-1, 0.0), FloatWithComplex(2), True, 10 ** 20]:
    print(type(value).__name__, cmath.sqrt(value), cmath.phase(value), cmath.isfinite(value))

print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 1.1j, rel_tol=0.1),
      cmath.isclose(0j, 1e-12j, abs_tol=1e-11), cmath.isclose(a=2, b=2.0), cmath.isclose(1, b=1))
print(cmath.isclose(complex('inf'), complex('inf')), cmath.isclose(complex('nan'), complex('nan')))

calls = [lambda: cmath.sqrt('1'), lambda: cmath.exp(None), lambda: cmath.sqrt(BadComplex()), lambda: cmath.sqrt(BadFloat()),
         lambda: cmath.rect(BadIndex(), 0), lambda: cmath.isclose(1, 1, abs_tol=BadFloat()),
         lambda: cmath.sqrt(10 ** 400), lambda: cmath.sqrt(), lambda: cmath.sqrt(1, 2),
         lambda: cmath.sqrt(z=1), lambda: cmath.log(), lambda: cmath.log(1, 2, 3), lambda: cmath.log(1, []),
         lambda: cmath.rect(1), lambda: cmath.rect(1j, 0), lambda: cmath.polar(), lambda: cmath.isnan(1, 2),
         lambda: cmath.isclose(1), lambda: cmath.isclose(1, 2, 3), lambda: cmath.isclose(1, 2, rel_tol=-1),
         lambda: cmath.isclose(1, 2, abs_tol=-0.5), lambda: cmath.isclose(1, 2, tol=1),
         lambda: cmath.isclose(1, 2, rel_tol=1j), lambda: cmath.isclose(1, a=2)]
for call in calls:
    try:
        print(call())
    except (TypeError, ValueError, OverflowError) as error:
        print(type(error).__name__, error)
