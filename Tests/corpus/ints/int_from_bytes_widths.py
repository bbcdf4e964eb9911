# int.from_bytes at every width up to nine bytes, both byte orders, signed and
# unsigned: the eight-byte-or-fewer forms are read in one word (base64's b32encode
# calls it for every five bytes), wider ones through the big-int path.

samples = [b"", b"\x01", b"\xff", b"\x80\x00", b"\x00\x80", b"\x12\x34\x56\x78\x9a",
           b"\xff" * 7, b"\xff" * 8, b"\x80" + b"\x00" * 7, b"\x00" * 7 + b"\x80",
           b"\x7f" + b"\xff" * 7, b"\x01" * 9, b"\xff" * 9, bytearray(b"\xfe\x01")]
for data in samples:
    row = []
    for order in ("big", "little"):
        for signed in (False, True):
            row.append(int.from_bytes(data, order, signed=signed))
    print(bytes(data).hex() or "-", row)

class MyInt(int):
    pass

value = MyInt.from_bytes(b"\x01\x02", "big")
print(type(value).__name__, value)
print(bool.from_bytes(b"\x01", "big"), bool.from_bytes(b"\x00", "big"))
print(int.from_bytes(b"\x01\x00", byteorder="little"), int.from_bytes(bytes=b"\x02", byteorder="big"))
print(int.from_bytes([1, 2, 3], "big"), int.from_bytes(memoryview(b"\x04\x05"), "little"))

for bad in (1, "middle", None):
    try:
        int.from_bytes(b"\x01", bad)
    except (TypeError, ValueError) as error:
        print(type(error).__name__, error)
try:
    (5).to_bytes(1, 3)
except TypeError as error:
    print(error)

# Round trips through to_bytes.
for number in (0, 1, 255, 256, 2**31, 2**63 - 1, 2**63, 2**64 - 1, -1, -2**63):
    width = max(1, (number.bit_length() + 8) // 8)
    for order in ("big", "little"):
        signed = number < 0 or number >= 2**63
        packed = number.to_bytes(width, order, signed=True)
        print(number, int.from_bytes(packed, order, signed=True) == number, end="; ")
print()
