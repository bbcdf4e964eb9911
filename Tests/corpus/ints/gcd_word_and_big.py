# math.gcd over small ints, words, big ints and mixes of them (one-limb Euclid
# and the multi-limb path), with signs, zeros, bools, __index__ and errors;
# Fraction normalisation goes through it.
import math
from fractions import Fraction


class Index:
    def __init__(self, value):
        self.value = value

    def __index__(self):
        return self.value


values = [0, 1, -1, 2, 6, -12, 35, 2**31 - 1, 2**48 - 1, -(2**48), 2**62, 2**63 - 1, -(2**63),
          2**64 - 1, 2**64, 3**50, -(6**40), 2**200 * 3**7, 10**40 + 7]
for a in values:
    print(a, [math.gcd(a, b) for b in values])

print(math.gcd(), math.gcd(0), math.gcd(-7), math.gcd(-(2**63)), math.gcd(-(2**64)))
print(math.gcd(12, 18, 27), math.gcd(2**70, 2**65 * 3, 2**66 * 5), math.gcd(4, 2**100, 6))
print(math.gcd(True, 4), math.gcd(False, -9), math.gcd(Index(21), 14), math.gcd(14, Index(-2**80)))

state = 12345
total = 0
for _ in range(3000):
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    a = state >> (state % 61)
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    b = (state >> (state % 59)) * (a % 1000 + 1)
    total = (total * 31 + math.gcd(a * 7, b * 7)) % 2**61
print(total)

print(Fraction(2**64 * 6, 2**70 * 9), Fraction(-35, 2**62 * 5), Fraction(3, 4) + Fraction(5, 6))
for bad in (1.0, "3", None):
    try:
        math.gcd(4, bad)
    except TypeError as error:
        print("TypeError:", error)
