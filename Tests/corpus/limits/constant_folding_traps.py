# Constant expressions whose Int64 arithmetic overflows or traps are left for run time
# (or folded exactly): the compiler's folder must never stop the program.
print(-9223372036854775808 / 542)
print(-9223372036854775808 / -1, 9223372036854775807 / -9223372036854775808)
print(-9223372036854775808 // -1, -9223372036854775808 % -1, divmod(-9223372036854775808, -1))
print(-(-9223372036854775808), -(-9223372036854775807 - 1), ~-9223372036854775808, +-9223372036854775808)
print(-9223372036854775808 * -1, -9223372036854775808 * 2, 9223372036854775807 + 1, -9223372036854775808 - 1)
print(1 << 63, 1 << 64, -1 << 63, -9223372036854775808 << 1, 3 << 62, 1 >> 64, -1 >> 100, -9223372036854775808 >> 63)
print(2 ** 63, (-2) ** 63, (-2) ** 64, 3 ** 40, 10 ** -2, (-9223372036854775808) ** 2, 0 ** 0, (-1) ** -9223372036854775808)
print(-9223372036854775808 + 0.5, -9223372036854775808 * 1.0, -9223372036854775808 - 1.5, 9007199254740993 / 3)
print("ab" * 9223372036854775807 if False else "ab" * 3, b"x" * -9223372036854775808, () * 2 ** 31)
try:
    print(1 // 0)
except ZeroDivisionError as error:
    print("ZeroDivisionError", error)
try:
    print(-9223372036854775808 % 0)
except ZeroDivisionError as error:
    print("ZeroDivisionError", error)
try:
    print(2 ** -9223372036854775808 == 0.0)
except Exception as error:
    print(type(error).__name__, error)
