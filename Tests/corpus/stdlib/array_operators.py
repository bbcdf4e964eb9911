# array.array's + * += *= and the six comparisons.
from array import array

a = array("i", [1, 2])
b = array("i", [3])
print(a + b, a * 3, 2 * a, a * 0, a * -1, array("d") * 5)
c = a
c += b
print(c is a, a)
c *= 2
print(c is a, a)
c *= 0
print(a, len(a))
for op in (lambda: a + [1], lambda: a + array("d"), lambda: a * "x", lambda: "x" * a, lambda: a * 1.5, lambda: a * a, lambda: [1] * a, lambda: a + (1,),
           lambda: a.__iadd__([1]), lambda: a.__iadd__(array("h"))):
    try:
        print(op())
    except TypeError as error:
        print("TypeError", error)


def relations(x, y):
    return [x == y, x != y, x < y, x <= y, x > y, x >= y]


for x, y in [([1, 2], [1, 2]), ([1, 2], [1, 3]), ([1], [1, 0]), ([], []), ([5], [])]:
    print(x, y, relations(array("i", x), array("i", y)), relations(array("i", x), array("d", y)))
n = array("d", [float("nan")])
print(relations(n, n), relations(array("u", "ab"), array("u", "b")))
print(array("i", [1]) == [1], array("i", [1]) != (1,))
try:
    array("i", [1]) < [1]
except TypeError as error:
    print("TypeError", error)
try:
    array("i", [1]) < array("u", "x")
except TypeError as error:
    print("TypeError", error)
try:
    hash(array("i"))
except TypeError as error:
    print("TypeError", error)
