# math: CPython's results and errors.
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf)
print(math.sqrt(2), math.exp(1), math.log(100, 10), math.log(8, 2), math.log2(1024), math.log10(0.001))
print(math.sin(0.5), math.cos(0.5), math.tan(0.5), math.atan2(1, -1), math.hypot(3, 4), math.hypot(1, 2, 2))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(7), type(math.floor(2.0)).__name__)
print(math.fabs(-3), math.fmod(7, -3), math.modf(-3.25), math.frexp(48.0), math.ldexp(0.75, 6))
print(math.factorial(20), math.factorial(30), math.gcd(84, 36, 120), math.lcm(4, 6, 10), math.isqrt(10 ** 20 + 1))
print(math.comb(52, 5), math.perm(10, 3), math.perm(5))
print(math.isclose(0.1 + 0.2, 0.3), math.isnan(float("nan")), math.isinf(-math.inf), math.isfinite(1e308))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.prod([]), math.copysign(3, -0.0))
print(math.degrees(math.pi), math.radians(180), math.log(2 ** 2000), math.log1p(1e-10))
# gamma and lgamma come from libm in Tern (CPython has its own Lanczos code): compare rounded.
print(math.gamma(5), round(math.lgamma(10), 12), math.erf(1), math.dist((0, 0), (3, 4)))
for bad in ("math.sqrt(-1)", "math.log(0)", "math.exp(1000)", "math.factorial(-1)", "math.acos(2)"):
    try:
        eval(bad)
    except (ValueError, OverflowError) as error:
        print(bad, type(error).__name__, error)
