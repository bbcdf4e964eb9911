# array.array as a sequence: indexing, slices (extended ones too), del, membership, iteration.
from array import array

a = array("i", range(10))
print(a[0], a[-1], a[3:7], a[::2], a[::-3], a[7:2:-1], a[100:], a[True])
for bad in (10, -11):
    try:
        a[bad]
    except IndexError as error:
        print("IndexError", error)
for key in ("x", 1.5, None):
    try:
        a[key]
    except TypeError as error:
        print("TypeError", error)
try:
    a[2**100]
except IndexError as error:
    print("IndexError", error)

a[0] = 100
a[-1] = -100
print(a)
try:
    a[10] = 1
except IndexError as error:
    print("IndexError", error)
a[1:3] = array("i", [7, 7, 7, 7])
print(a)
a[::3] = array("i", [0, 0, 0, 0])
print(a)
a[2:2] = array("i", [55])
print(a)
a[:] = a
print(a)
a[5:] = a
print(a, len(a))
for value in ([1], array("d", [1.0]), array("i", [1, 2, 3])):
    try:
        a[0:10:2] = value
    except (TypeError, ValueError) as error:
        print(type(error).__name__, error)
del a[0]
del a[-2:]
del a[::2]
print(a)
del a[::-3]
print(a)
try:
    del a[50]
except IndexError as error:
    print("IndexError", error)

b = array("d", [1.5, float("nan"), -0.0, 2.0])
print(1.5 in b, float("nan") in b, 0.0 in b, 3 in b, "x" in b, 2 in b)
print(list(b), list(reversed(b)), [x for x in array("u", "abc")], sum(array("B", b"\x01\x02\x03")))
it = iter(array("h", [1, 2]))
print(type(it).__name__, next(it), list(it), list(it))
e = array("q")
print(bool(e), bool(array("q", [0])), len(array("Q", [1, 2])))
