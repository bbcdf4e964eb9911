print(int("42"), int("-17"), int("  +8  "), int("1_000"))
print(int("ff", 16), int("0xff", 16), int("0xff", 0), int("777", 8), int("0o777", 0))
print(int("101", 2), int("0b101", 0), int("z", 36), int("ZZ", 36))
print(int(3.99), int(-3.99), int(True), int(1e20))
print(int("123456789012345678901234567890"))
for bad in ["", "1.5", "abc", "0x10", "1__0", " "]:
    try:
        int(bad)
    except ValueError as error:
        print("ValueError:", error)
try:
    int("9", 8)
except ValueError as error:
    print("ValueError:", error)
try:
    int(None)
except TypeError as error:
    print("TypeError:", error)
