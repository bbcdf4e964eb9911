# bytes/bytearray case mappings and translate over every byte value, and
# int.from_bytes on long inputs in both byte orders, signed and not.
every = bytes(range(256))
for data in (every, bytearray(every), b"", b"Hello, World! 123 \xff\xe9"):
    print(type(data).__name__, data.upper()[60:130], data.lower()[60:130], data.swapcase()[60:130])
    print(data.capitalize()[:20], data.title()[:20])

table = bytes(reversed(range(256)))
print(every.translate(table)[:16], every.translate(None, b"aeiou")[90:110])
print(bytearray(b"hello world").translate(table, b"lo"), b"abc".translate(None))
try:
    b"abc".translate(b"short")
except ValueError as error:
    print("ValueError:", error)

for size in (1, 7, 8, 9, 63, 64, 65, 1000):
    data = bytes((index * 37 + 11) % 256 for index in range(size))
    for order in ("big", "little"):
        for signed in (False, True):
            value = int.from_bytes(data, order, signed=signed)
            print(size, order, signed, value % (10**18 + 9), value.bit_length(), value < 0,
                  value.to_bytes(size, order, signed=signed) == data)
print(int.from_bytes(b"", "big"), int.from_bytes(b"\x00" * 20, "little", signed=True))
print(int.from_bytes(b"\xff" * 20, "big", signed=True), int.from_bytes(b"\x80" + b"\x00" * 15, "big", signed=True))
