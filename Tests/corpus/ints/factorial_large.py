# math.factorial past 100 000 (computed by halving the range), and its errors.
import math

f = math.factorial(120_000)
print(f.bit_length(), f % (2**61 - 1), f // math.factorial(119_998) == 120_000 * 119_999)
for bad in (-1, 2**63, 2.0, "3"):
    try:
        math.factorial(bad)
    except (ValueError, OverflowError, TypeError) as error:
        print(type(error).__name__, error)
