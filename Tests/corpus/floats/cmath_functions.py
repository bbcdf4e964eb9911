# cmath: every function on ordinary values, signed zeros on the branch cuts, special values
# from C99 Annex G, and the domain and range errors.
import cmath

inf, nan = float('inf'), float('nan')
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)

names = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'exp',
         'log', 'log10', 'sin', 'sinh', 'sqrt', 'tan', 'tanh']
values = [0j, complex(-0.0, -0.0), 1 + 2j, -3.5 + 0.25j, complex(-2.0, -0.0), complex(2.0, -0.0),
          0.5j, -1.5j, complex(inf, 1), complex(-inf, -2), complex(1, inf), complex(nan, 0),
          complex(0, nan), complex(inf, nan), 1e-310 + 1e-310j, 1e308 + 1e308j, 1]
for name in names:
    function = getattr(cmath, name)
    results = []
    for z in values:
        try:
            results.append(repr(function(z)))
        except (ValueError, OverflowError) as error:
            results.append(f"{type(error).__name__}({error})")
    print(name, ' '.join(results))

for z in [1j, -1 - 0j, complex(-1, -0.0), complex(inf, -inf), nan]:
    print(cmath.phase(z), cmath.polar(z), cmath.isfinite(z), cmath.isinf(z), cmath.isnan(z))
print(cmath.rect(2, cmath.pi / 3), cmath.rect(-1, 0.0), cmath.rect(inf, 1), cmath.rect(0.0, inf))
print(cmath.log(8, 2), cmath.log(-1j, 1j), cmath.log(0, 2), cmath.log10(100j))
for call in [lambda: cmath.log(2, 1), lambda: cmath.atanh(1), lambda: cmath.exp(1000),
             lambda: cmath.cosh(complex(0, inf)), lambda: cmath.rect(1, inf),
             lambda: cmath.polar(1e308 * 1.5 + 1e308j), lambda: cmath.phase(1e300 + 1e-300j)]:
    try:
        print(call())
    except (ValueError, OverflowError) as error:
        print(type(error).__name__, error)
