# Big-int results written into memory that earlier big ints used (the limbs are not zeroed
# first): results that come out zero or small, sums, differences, products and shifts of
# operands of thousands of bits, checked against values computed another way.
import random
import sys

sys.set_int_max_str_digits(0)

random.seed(5)
seen = []
for round_ in range(40):
    bits = random.choice([700, 3000, 9000, 20000])
    a = random.getrandbits(bits) | (1 << (bits - 1))
    b = random.getrandbits(bits // 2) + 1
    total = a + b
    product = a * b
    shifted = a << random.randrange(1, 300)
    zero = a - a
    small = (a + 7) - a
    negative_small = a - (a + 7)
    seen.append((total - b == a, product // b == a, product % b, shifted >> (shifted.bit_length() - bits) == a,
                 zero, type(zero).__name__, hash(zero), small, negative_small, (-a) + a, a * 0, (a - a) * b,
                 str(total)[-12:] == str(a + b)[-12:], (product - a * b) == 0, len(str(a)) == len(repr(a))))
print(all(item[0] and item[1] and item[3] and item[12] and item[13] and item[14] for item in seen))
print(sorted({(item[4], item[5], item[6], item[7], item[8], item[9], item[10], item[11], item[2]) for item in seen}))
big = 3 ** 5000
print(big % 1000, (big - big + 1) ** 5, divmod(big, big - 1)[1] == 1, (big * big) // big == big)
print([(2 ** n - 2 ** n + n) for n in (64, 128, 4096, 70000)])
