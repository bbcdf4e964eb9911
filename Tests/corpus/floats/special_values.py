inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, float("-inf"), float("Infinity"), float("NaN"))
print(inf + 1, inf - inf, inf * 0, -inf < 0 < inf)
print(nan == nan, nan != nan, nan < 1, nan > 1)
print(repr(-0.0), 0.0 == -0.0, str(-0.0), -0.0 + 0.0)
print(inf == inf, inf > 1e308, 1e308 * 10 == inf)
print([x for x in [1.0, nan, 3.0] if x == x])
print(inf.is_integer(), (2.0).is_integer(), (2.5).is_integer())
print(abs(-0.0), abs(-inf), -nan if False else "skip")
try:
    int(inf)
except OverflowError as error:
    print("OverflowError:", error)
try:
    int(nan)
except ValueError as error:
    print("ValueError:", error)
