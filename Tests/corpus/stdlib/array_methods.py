# array.array's list-like methods and their errors.
from array import array

a = array("i", [1, 2, 3, 2, 1])
a.append(4)
a.extend([5, 6])
a.extend(array("i", [7]))
a.extend(a)
a.insert(0, -1)
a.insert(-100, -2)
a.insert(100, 99)
print(a, len(a))
print(a.pop(), a.pop(0), a.pop(-2), a)
print(a.index(2), a.index(2, 3), a.index(2, -5), a.count(2), a.count(42))
a.remove(2)
print(a)
a.reverse()
print(a)
for call in (lambda: a.pop(100), lambda: array("i").pop(), lambda: a.remove(42), lambda: a.index(42),
             lambda: a.index(1, 0, 0), lambda: a.extend(array("d")), lambda: a.extend(3), lambda: a.extend(["x"]),
             lambda: a.insert("x", 1), lambda: a.index(1, "x"), lambda: a.fromlist((1,)), lambda: a.fromlist([1, "x"]),
             lambda: a.append(), lambda: a.pop("x")):
    try:
        print(call())
    except (TypeError, ValueError, IndexError) as error:
        print(type(error).__name__, error)
print(a)
a.fromlist([10, 20])
print(a.tolist(), type(a.tolist()))
address, length = a.buffer_info()
print(type(address), address > 0, length == len(a))
print(array("d", [1.0, 2.0]).index(2), array("d", [float("nan")]).count(float("nan")))
