# Slice bounds, find/index start and end, and round's ndigits beyond the machine
# word are clamped, as CPython clamps them to Py_ssize_t.
import sys
big = 2 ** 100
data = [0, 1, 2, 3, 4]
print(data[-big:big], data[big:], data[:-big], data[::big], data[::-big])
print((1, 2, 3)[-big:2], "abcde"[1:big], b"abcde"[-big:-2], bytearray(b"xyz")[big:-big:-1])
print(data[sys.maxsize + 1:], data[-sys.maxsize - 2:2], data[::-sys.maxsize - 1])
print("hello".find("l", -big, big), "hello".rfind("l", 0, big), "hello".count("l", -big))
print(b"hello".find(b"l", 0, big), bytearray(b"hello").index(b"o", -big, big))
print((5, 6, 7).index(7, -big, big), [5, 6, 7].index(6, -big, big))
try:
    (5, 6, 7).index(7, big)
except ValueError as error:
    print("ValueError", error)
for n in (2 ** 31, 2 ** 63, big):
    print(round(123.456, n), round(-123.456, n), round(8979323, n))
for n in (-2 ** 31 - 1, -2 ** 63 - 1, -big):
    print(round(123.456, n), round(-123.456, n), round(1e300, n))
for value in (sys.maxsize + 1, -sys.maxsize - 2, 10 ** 100, -1, 256):
    try:
        value in b"abc"
    except ValueError as error:
        print("ValueError", error)
    try:
        bytes([value])
    except ValueError as error:
        print("ValueError", error)
    try:
        bytearray([value])
    except ValueError as error:
        print("ValueError", error)
class Index:
    def __index__(self):
        return 98
print(Index() in b"abc", Index() in bytearray(b"xyz"), b"abc".find(Index()))
try:
    data["x":]
except TypeError as error:
    print("TypeError", error)
try:
    [1, 2].index(1, "x")
except TypeError as error:
    print("TypeError", error)
