# memoryview and array.array are bytes-like wherever bytes methods take bytes.
import array
view = memoryview(b" ac")
print(b"abc".strip(memoryview(b"ac")), bytearray(b"abc").lstrip(memoryview(b"ac")), b"abc".rstrip(view[1:]))
print(b"a b".split(memoryview(b" ")), b"a b".rsplit(memoryview(b" ")), bytearray(b"a,b").split(array.array("B", b",")))
print(b".:".join([memoryview(b"ab"), b"cd", bytearray(b"ef"), array.array("B", b"gh")]))
print(bytearray(b"-").join([b"x", memoryview(b"y")]))
print(memoryview(b"b") in b"abc", memoryview(b"z") in bytearray(b"abc"), b"abc".find(memoryview(b"c")))
print(b"abc".count(array.array("B", b"b")), b"abcabc".rindex(memoryview(b"bc")), b"abc".startswith(b"a"))
print(b"abc".replace(memoryview(b"b"), memoryview(b"XY")), [bytes(part) for part in b"a-b".partition(memoryview(b"-"))])
print(b"abc".translate(None, memoryview(b"b")), bytes.maketrans(memoryview(b"a"), array.array("B", b"z")) [97])
print(float(bytearray(b"1.5")), float(memoryview(b" 12.25 ")), float(memoryview(b"x12.3y")[1:5]), float(array.array("B", b"-7")))
for bad in (bytearray(b"x"), b"1.5x"):
    try:
        float(bad)
    except ValueError as error:
        print("ValueError", error)
try:
    b"".join([b"a", "b"])
except TypeError as error:
    print("TypeError", error)
try:
    b"abc".strip("a")
except TypeError as error:
    print("TypeError", error)
try:
    b"abc".find("a")
except TypeError as error:
    print("TypeError", error)
