# array.array(typecode[, initializer]): typecodes, initializers and their errors.
import array
from array import array as A

print(array.typecodes, array.ArrayType is A, A.__name__, A.__module__, A)
for code in array.typecodes:
    a = A(code)
    print(code, a.typecode, a.itemsize, a, len(a))
print(A("i", [1, 2, 3]), A("i", (4, 5)), A("d", range(3)), A("h", iter([7, 8])), A("B", b"\x01\x02"),
      A("B", bytearray(b"\x03")), A("u", "hé€"), A("d", A("i", [1, 2])), A("i", A("i", [3])), A("H", {9: 0}))
print(A("h", b"\x01\x00\x02\x00"), A("u", ""), A("b", []))
for args in [("z",), ("bb",), ("",), (1,), (None,), (b"b",), ("b", "abc"), ("u", [1]), ("b", 1), ("u", b"ab"),
             ("d", A("u", "x")), ("b", [1], 2), (), ("i", [1, "x"])]:
    try:
        print(A(*args))
    except (TypeError, ValueError, OverflowError) as error:
        print(args, type(error).__name__, error)
try:
    A("i", initializer=[1])
except TypeError as error:
    print("TypeError", error)
