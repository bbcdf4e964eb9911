# Complex arguments for the cmath differential test (cmath_differential.py): special
# values, values at the thresholds where cmath's functions change method, points on
# and next to the branch cuts, and random doubles of every magnitude. Prints one line
# per call (the result's repr, or the exception), which CPython and Tern must print alike.
#
# usage: cmath_cases.py SEED COUNT
import cmath
import math
import random
import struct
import sys

rng = random.Random(int(sys.argv[1]))
COUNT = int(sys.argv[2])

INF, NAN = float('inf'), float('nan')
MAX = 1.7976931348623157e308
LARGE = MAX / 4                     # where the inverse functions switch to log(2z)
SQRT_LARGE = math.sqrt(LARGE)       # atanh's switch to 1/z
LOG_LARGE = math.log(LARGE)         # exp, cosh, sinh, tanh take out a factor e
TINY = 2.2250738585072014e-308      # DBL_MIN: below it sqrt and log rescale
SPECIAL = [0.0, -0.0, INF, -INF, NAN, 1.0, -1.0, 2.0, 0.5, 5e-324, -5e-324, 1e-310, TINY, -TINY,
           MAX, -MAX, LARGE, math.nextafter(LARGE, INF), SQRT_LARGE, math.nextafter(SQRT_LARGE, INF),
           LOG_LARGE, math.nextafter(LOG_LARGE, INF), -LOG_LARGE, 710.0, -710.0, 709.0,
           math.sqrt(TINY), 0.71, 1.73, 0.7, 1.74, math.pi, -math.pi, math.pi / 2, 1e-8, 1e300, -1e300]


def random_double():
    kind = rng.randrange(7)
    if kind == 0:
        return rng.choice(SPECIAL)
    if kind == 1:
        return rng.uniform(-3, 3)
    if kind == 2:
        return math.ldexp(rng.uniform(-1, 1), rng.randint(-1074, 1024))
    if kind == 3:  # any bit pattern: also NaNs and subnormals
        return struct.unpack('<d', struct.pack('<Q', rng.getrandbits(64)))[0]
    if kind == 4:  # next to ±1, where the inverse functions have their branch points
        return rng.choice([1.0, -1.0]) + rng.choice([1, -1]) * math.ldexp(1, -rng.randint(1, 60))
    if kind == 5:
        return rng.choice([1, -1]) * math.ldexp(1, rng.randint(-1074, 1023))
    return math.nextafter(rng.choice(SPECIAL), rng.choice([INF, -INF]))


def random_complex():
    shape = rng.randrange(6)
    x, y = random_double(), random_double()
    if shape == 0:
        return complex(x, rng.choice([0.0, -0.0]))  # on the real axis: the cuts of sqrt, log, acos, ...
    if shape == 1:
        return complex(rng.choice([0.0, -0.0]), y)  # on the imaginary axis: asin's, atan's, asinh's
    return complex(x, y)


def show(call, function, *arguments, **keywords):
    try:
        result = repr(function(*arguments, **keywords))
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as error:
        result = f"{type(error).__name__}: {error}"
    print(call, result)


UNARY = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'exp', 'log', 'log10',
         'sin', 'sinh', 'sqrt', 'tan', 'tanh', 'phase', 'polar', 'isfinite', 'isinf', 'isnan']

for index in range(COUNT):
    z = random_complex()
    for name in UNARY:
        show(f"{name}({z!r})", getattr(cmath, name), z)
    base = random_complex() if rng.random() < 0.7 else random_double()
    show(f"log({z!r}, {base!r})", cmath.log, z, base)
    r, phi = random_double(), random_double()
    show(f"rect({r!r}, {phi!r})", cmath.rect, r, phi)
    w = z + complex(rng.choice([0, 1e-12, 1e-9, 1e-6]) * rng.uniform(-2, 2), 0) if rng.random() < 0.5 else random_complex()
    rel, absolute = rng.choice([1e-9, 1e-6, 0.0, 0.5]), rng.choice([0.0, 1e-12, 1.0])
    show(f"isclose({z!r}, {w!r}, {rel!r}, {absolute!r})", cmath.isclose, z, w, rel_tol=rel, abs_tol=absolute)
    # Real arguments go through the same conversion as complex ones.
    if index % 10 == 0:
        x = random_double()
        show(f"sqrt({x!r})", cmath.sqrt, x)
        show(f"exp({x!r})", cmath.exp, x)
        n = rng.choice([0, 1, -1, 10 ** rng.randint(0, 400), -(10 ** rng.randint(0, 400))])
        show(f"log({n!r})", cmath.log, n)
