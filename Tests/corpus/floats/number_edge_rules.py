# complex compares exactly with ints, pow() with a modulus names complex's error,
# float.fromhex reads ASCII only and builds subclasses, NaN hashes by identity.
import math
print(complex(2 ** 53 + 1) == 2 ** 53 + 1, complex(2 ** 53) == 2 ** 53, (1 + 0j) == 1 << 10000, 1 << 10000 != 1j)
print(complex.__eq__(1 + 1j, 1 << 10000), complex.__ne__(3 + 0j, 3), complex.__eq__(1j, "x"), 2.0 == 2 + 0j)
for args in [(1 + 1j, 1 + 1j, 1 + 1j), (2, 1j, 3), (2, 3, 1j), (2.0, 1j, 3), (1, 2.0, 1j), (2.5, 2, 3)]:
    try:
        pow(*args)
    except (TypeError, ValueError) as error:
        print(type(error).__name__, error)
c = 3 + 4j
print(complex(c) is c, complex(c, 0) is c)
nan = float("nan")
print(hash(nan) == object.__hash__(nan), hash(1.5), hash(float("inf")), {nan: 1}[nan])
print(0.0 ** -math.inf, (-0.0) ** -math.inf, 0.0 ** math.inf, 2.0 ** -math.inf)
try:
    0.0 ** -1.0
except ZeroDivisionError as error:
    print("ZeroDivisionError", error)
class F(float):
    pass
print(type(F.fromhex("0x1p3")).__name__, F.fromhex("0x1p3"), float.fromhex("0x1.8p1"))
for text in ["0x\uff11p0", "\uff10x1p0", "0x1\uff10"]:
    try:
        float.fromhex(text)
    except ValueError as error:
        print("ValueError", error)
class SubStr(str):
    pass
class HasBytes:
    def __bytes__(self):
        return b"\x01\x02"
print((258).to_bytes(2, SubStr("little")), int.from_bytes(b"\x01\x00", SubStr("big")), int.from_bytes(HasBytes(), "big"))
print(int.from_bytes(bytearray(b"\xff"), "big", signed=True), int.from_bytes(memoryview(b"\x00\x10"), "big"), int.from_bytes([1, 0], "little"))
for args in [("", "big"), ("\x00", "big"), (0, "big"), (b"\x00", "big", True)]:
    try:
        int.from_bytes(*args)
    except TypeError as error:
        print("TypeError", error)
for base in (2 ** 63, -2 ** 63 - 1, 2 ** 100, 37, 1):
    try:
        int("42", base)
    except ValueError as error:
        print("ValueError", error)
for spec in (",x", ",X", ",o", ",b", "_x", "_o", "_b", "_X", ",d", "_d"):
    try:
        print(spec, format(1234567890, spec))
    except ValueError as error:
        print(spec, "ValueError", error)
