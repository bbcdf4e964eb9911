# int <-> str conversions in bases that are not powers of two stop at
# sys.get_int_max_str_digits() digits (4300 by default; 0 turns the limit off).
import sys

print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
limit = sys.get_int_max_str_digits()
print(len(str(int("9" * limit))), int(" -" + "1" * limit + " ") < 0, int("1_" * 2000 + "1") > 0)
for text, base in [("1" * (limit + 1), 10), ("+" + "2" * 5000, 10), ("1" * 4301, 0), ("z" * 4400, 36)]:
    try:
        int(text, base)
    except ValueError as error:
        print("ValueError:", error)
print(int("1" * 5000, 16) > 0, int("0x" + "f" * 5000, 0) > 0, int("0b" + "1" * 9000, 0) > 0, int("7" * 5000, 8) > 0)
for value in [10 ** limit, -(10 ** limit), 10 ** 100000]:
    try:
        str(value)
    except ValueError as error:
        print("ValueError:", error)
print(len(str(10 ** (limit - 1))), len(repr(-(10 ** (limit - 1)))), len(hex(10 ** 5000)))

sys.set_int_max_str_digits(1000)
print(sys.get_int_max_str_digits())
try:
    str(10 ** 1000)
except ValueError as error:
    print("ValueError:", error)
sys.set_int_max_str_digits(maxdigits=0)
print(len(str(10 ** 20000)), int("5" * 20000) % 7)
for bad in [5, 639, -1]:
    try:
        sys.set_int_max_str_digits(bad)
    except ValueError as error:
        print("ValueError:", error)
sys.set_int_max_str_digits(640)
print(sys.get_int_max_str_digits())
try:
    sys.set_int_max_str_digits("10")
except TypeError as error:
    print("TypeError:", error)
sys.set_int_max_str_digits(4300)
