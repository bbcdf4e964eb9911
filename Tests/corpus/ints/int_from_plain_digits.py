# int() of str, bytes and bytearray text: plain digits in every base (read without the full
# parser), at the edge of the small-int range, and everything the full parser must see.
cases = ["0", "000", "7", "12", "ff", "FF", "zz", "Zz", "10", "777", "9" * 14, "9" * 15, "9" * 18, "9" * 19,
         "1" * 48, "f" * 12, "f" * 13, "z" * 12, "281474976710655", "281474976710656",
         "1_000", " 12 ", "+5", "-5", "", "12a", "٣", "0x1f", "0b101", "0o17", "１２"]
for text in cases:
    for base in [None, 2, 8, 10, 16, 36, 0]:
        try:
            value = int(text) if base is None else int(text, base)
            print(repr(text), base, value, type(value).__name__)
        except ValueError as error:
            print(repr(text), base, "ValueError", error)
for data in [b"42", bytearray(b"42"), b"ff", b" 7 ", b"9" * 18, b"x"]:
    for base in [10, 16]:
        try:
            print(data, base, int(data, base))
        except ValueError as error:
            print(data, base, "ValueError", error)
print(int(b"12"), int(bytearray(b"13")), int("5", base=7), int(x="5") if False else "-")
for bad in [lambda: int("5", 1), lambda: int("5", 37), lambda: int(5, 10), lambda: int("5", "10")]:
    try:
        bad()
    except (TypeError, ValueError) as error:
        print(type(error).__name__, error)
class Digits(str):
    pass
print(int(Digits("123")), int(Digits("7f"), 16))
# Long runs of digits (re packs a charset's bitmap as int(32 binary digits, 2)), around the
# small-int range's end in several bases, and bytearray text in and out of the fast path.
for text in ["1" * 32, "1" * 48, "1" * 49, "0" * 60 + "1", "7" * 16, "7" * 17, "f" * 12 + "0", "z" * 10, "9" * 30]:
    for base in [2, 8, 10, 16, 36]:
        try:
            print(len(text), text[:3], base, int(text, base), int(bytearray(text, "ascii"), base))
        except ValueError as error:
            print(len(text), text[:3], base, "ValueError", error)
print(int(bytearray(b"0x1f"), 0), int(bytearray(b"12")), int(bytearray(b" 12 "), 16))
for bad in [lambda: int(bytearray(b"12x"), 16), lambda: int(bytearray(b"2"), 2), lambda: int(bytearray(b""), 10)]:
    try:
        bad()
    except ValueError as error:
        print("ValueError", error)
