# Subclasses of array.array, copying, pickling, __sizeof__, collections.abc (3.11 has no array[int]).
try:
    array_of_int = __import__('array').array[int]
except TypeError as error:
    print('TypeError', error)
import array
import collections.abc
import copy
import pickle
import sys


class Numbers(array.array):
    def __new__(cls, values, scale=1):
        self = super().__new__(cls, "d", [v * scale for v in values])
        self.scale = scale
        return self

    def total(self):
        return sum(self)


class Tagged(array.array):
    def __init__(self, typecode, items=(), tag=None):
        self.tag = tag


n = Numbers([1, 2], scale=3)
print(n, type(n).__name__, n.total(), n.scale, isinstance(n, array.array), n[:1], type(n[:1]).__name__)
t = Tagged("i", [4], tag="x")
print(t, t.tag, type(t + t).__name__, type(copy.copy(t)).__name__)
a = array.array("i", [1, 2, 3])
print(copy.copy(a), copy.deepcopy(a), copy.copy(a) is a)
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for value in (a, array.array("u", "hé"), array.array("d", [0.5]), array.array("Q", [2**64 - 1]), array.array("b")):
        back = pickle.loads(pickle.dumps(value, proto))
        print(proto, back, back == value, type(back).__name__)
    back = pickle.loads(pickle.dumps(t, proto))
    print(proto, back, back.tag, type(back).__name__)
print(a.__reduce_ex__(2), a.__reduce_ex__(3)[1:])
r = array._array_reconstructor
for args in [(1, "i", 8, b""), (int, "i", 8, b""), (array.array, "z", 8, b""), (array.array, "i", 99, b""),
             (array.array, "i", 8, "x"), (array.array, "i", 9, b"\0\0\0\1"), (array.array, "d", 17, b"?\xf0\0\0\0\0\0\0"),
             (array.array, "u", 18, b"a\0b\0"), (array.array, "b", 8, b"\1\0\0\0"), (array.array, "i", 8, b"\1\0\0"),
             (array.array, "H", 7, b"\xff\xff\xff\xff"), (array.array, "Q", 13, b"\xff" * 8), (array.array, "f", 15, b"?\xc0\0\0")]:
    try:
        print(r(*args))
    except (TypeError, ValueError) as error:
        print(type(error).__name__, error)
print(array.array("i", range(100)).__sizeof__() > array.array("i").__sizeof__())
print(isinstance(a, collections.abc.MutableSequence), issubclass(array.array, collections.abc.Sequence))
print(repr(Numbers([])), repr(Tagged("u", "hi")))
match a:
    case [1, *rest]:
        print("matched", rest)
try:
    array._array_reconstructor(array.array, "b", "", b"")
except TypeError as error:
    print("TypeError", error)


collected = []


class Noisy(array.array):
    def __del__(self):
        collected.append(self.typecode)


it = iter(Noisy("i", [1]))
print(list(it))
del it
import gc
gc.collect()
print("after collect", collected)
