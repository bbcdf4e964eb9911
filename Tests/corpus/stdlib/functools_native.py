# functools.reduce and cmp_to_key from the native _functools: results, errors, and
# that as builtins they do not bind when a class stores them.
import functools
import _functools
from operator import add

print(functools.reduce is _functools.reduce, functools.cmp_to_key is _functools.cmp_to_key)
print(functools.reduce(add, [1, 2, 3, 4]), functools.reduce(add, "abc", ">"), functools.reduce(add, [], None))
print(functools.reduce(lambda a, b: a * b, range(1, 11)), functools.reduce(42, [7]), functools.reduce(42, [], 8))


class Squares:
    def __init__(self, count):
        self.count = count

    def __getitem__(self, index):
        if index >= self.count:
            raise IndexError
        return index * index


print(functools.reduce(add, Squares(10)), functools.reduce(add, Squares(0), 0))
for call in [lambda: functools.reduce(add, []), lambda: functools.reduce(add, 5), lambda: functools.reduce(add),
             lambda: functools.reduce(add, [1], 0, 1), lambda: functools.reduce(add, [1, "a"]),
             lambda: functools.reduce(function=add, iterable=[1])]:
    try:
        call()
    except TypeError as error:
        print("TypeError", error)


def compare(a, b):
    return (a > b) - (a < b)


key = functools.cmp_to_key(compare)
print(sorted([3, 1, 2], key=key), sorted("hello", key=functools.cmp_to_key(lambda a, b: ord(b) - ord(a))))
k1, k2 = key(1), key(2)
print(k1 < k2, k1 <= k2, k1 == k2, k1 != k2, k1 > k2, k1 >= k2, k1.obj, key(obj=5).obj)
print(type(k1).__name__, type(k1).__module__, key.obj)
print(functools.cmp_to_key(mycmp=compare)(3).obj)
print(k1.__hash__ is None)
for call in [lambda: k1 < 1, lambda: functools.cmp_to_key(), lambda: type(k1)(),
             lambda: functools.cmp_to_key(compare, None), lambda: key(), lambda: key(1) < key("a")]:
    try:
        call()
    except TypeError as error:
        print("TypeError", error)


class Holder:
    reduce = _functools.reduce
    key = _functools.cmp_to_key


print(Holder().reduce(add, [1, 2]), sorted([2, 1], key=Holder().key(compare)))
