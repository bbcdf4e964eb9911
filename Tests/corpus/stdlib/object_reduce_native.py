# object.__reduce_ex__, __reduce__ and __getstate__ as CPython's typeobject.c computes them.
import copy, copyreg


class Plain:
    def __init__(self):
        self.a = 1
        self.b = [2, 3]


class Empty:
    pass


class Slotted:
    __slots__ = ("x", "y")


class SlottedWithDict(Slotted):
    pass


def show(reduced):
    creator, arguments, state, list_items, dict_items = reduced
    print(creator.__name__, [getattr(a, "__name__", a) for a in arguments], state,
          list_items if list_items is None else list(list_items),
          dict_items if dict_items is None else list(dict_items))


p = Plain()
show(p.__reduce_ex__(2))
show(p.__reduce_ex__(4))
print(p.__reduce_ex__(4)[2] is p.__dict__, p.__getstate__() is p.__dict__)
show(Empty().__reduce_ex__(3))
print(Empty().__getstate__())

s = Slotted()
s.x = 5
show(s.__reduce_ex__(2))
print(Slotted.__slotnames__, s.__getstate__())
print(Slotted().__getstate__())
w = SlottedWithDict()
w.z = 2
print(w.__getstate__())

# Protocols 0 and 1 go through copyreg._reduce_ex.
r = p.__reduce_ex__(1)
print(r[0] is copyreg._reconstructor, r[1][0].__name__, r[1][1].__name__, r[1][2], r[2])
print(p.__reduce__()[0] is copyreg._reconstructor)


class WithArgs:
    def __init__(self, n):
        self.n = n

    def __getnewargs__(self):
        return (self.n,)


show(WithArgs(7).__reduce_ex__(2))


class WithKeywords:
    def __getnewargs_ex__(self):
        return ((1,), {"k": 2})


show(WithKeywords().__reduce_ex__(4))


class EmptyKeywords:
    def __getnewargs_ex__(self):
        return ((1,), {})


show(EmptyKeywords().__reduce_ex__(4))


class CustomState:
    def __getstate__(self):
        return "mine"


show(CustomState().__reduce_ex__(2))


class CustomReduce:
    def __reduce__(self):
        return (CustomReduce, ())


print(CustomReduce().__reduce_ex__(4) == (CustomReduce, ()))


class MyList(list):
    pass


class MyDict(dict):
    pass


ml = MyList([1, 2])
ml.tag = "t"
show(ml.__reduce_ex__(2))
show(MyDict(a=1).__reduce_ex__(2))


class Bad1:
    def __getnewargs__(self):
        return 5


class Bad2:
    def __getnewargs_ex__(self):
        return (1,)


class Bad3:
    def __getnewargs_ex__(self):
        return [1, 2]


class Bad4:
    def __getnewargs_ex__(self):
        return (1, {})


class Bad5:
    def __getnewargs_ex__(self):
        return ((), 1)


for bad in (Bad1, Bad2, Bad3, Bad4, Bad5):
    try:
        bad().__reduce_ex__(2)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

import sys
for obj, proto in ((sys, 4), (object(), "x"), (object(), 2.0)):
    try:
        object.__reduce_ex__(obj, proto)
    except TypeError as e:
        print("TypeError", e)

# copy and deepcopy use all of the above.
q = copy.deepcopy(p)
print(q.a, q.b, q.b is p.b)
t = copy.copy(s)
print(t.x, hasattr(t, "y"))
u = copy.deepcopy(ml)
print(type(u).__name__, u, u.tag)
v = copy.deepcopy(WithArgs(3))
print(v.n)


# int, float, str, bytes and tuple give their value to rebuild a subclass instance.
class MyInt(int):
    pass


class MyStr(str):
    pass


class MyTuple(tuple):
    pass


for value in (MyInt(5), MyStr("s"), MyTuple([[1], 2]), 2.5, b"b", True):
    print(type(value).__getnewargs__(value))
for value in (MyInt(5), MyStr("s"), MyTuple([[1], 2])):
    copied, deep = copy.copy(value), copy.deepcopy(value)
    print(type(copied).__name__, copied, type(deep).__name__, deep)
