# Big-int kernels on operands of every size pairing: one-limb times many limbs,
# Karatsuba sizes (balanced and lopsided), mixed signs, exact and inexact floor division, comparisons.
import random

random.seed(20261206)


def operand():
    bits = random.choice([0, 1, 30, 62, 63, 64, 65, 127, 128, 129, 700, 2600, 2700, 5000, 13000, 40000])
    value = random.getrandbits(bits) if bits else random.randint(-3, 3)
    if bits and random.random() < 0.3:
        value = (1 << bits) - random.randint(0, 2)
    return -value if random.random() < 0.5 else value


def digest(values):
    total = 0
    for value in values:
        total = (total * 1000003 + value) % (1 << 89)
    return total


for round_ in range(6):
    results = []
    for _ in range(400):
        a, b = operand(), operand()
        results += [a + b, a - b, b - a, a * b, a < b, a == b, a >= b]
        if b:
            q, r = divmod(a, b)
            results += [a // b, a % b, q, r, q * b + r == a]
        if a and b:
            results.append((a * b) // b == a)
    print(round_, len(results), digest(results))

# A pidigits-style spigot: big ints times one-limb ints, divided by big ints.
q, r, t, k, digits = 1, 0, 1, 1, []
while len(digits) < 60:
    n = (3 * q + r) // t
    if 4 * q + r < (n + 1) * t:
        digits.append(n)
        q, r = 10 * q, 10 * (r - n * t)
    else:
        q, r, t, k = q * k, (2 * q + r) * (2 * k + 1), t * (2 * k + 1), k + 1
print("".join(map(str, digits)))

# Products built by halving (factorial) and by squaring (powers), checked by division.
import math
f = math.factorial(3000)
print(f.bit_length(), f % (10**40 + 7), f // math.factorial(2990) == math.prod(range(2991, 3001)))
p = 7 ** 12345
print(p % (2**127 - 1), p // 7 ** 12340 == 7 ** 5, (p * p) // p == p)
