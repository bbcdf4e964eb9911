# Which objects can be weakly referenced, and the TypeError for the others.
import _weakref, sys

class C: pass
class S:
    __slots__ = ('a',)
class SW:
    __slots__ = ('a', '__weakref__')
class SS(S): pass
class SSS(S):
    __slots__ = ('b',)
class SetSlots(set):
    __slots__ = ()
class ListSlots(list):
    __slots__ = ()
class MyInt(int): pass
class MyStr(str): pass
class MyTup(tuple): pass
class MyList(list): pass
class MyDict(dict): pass
class MySet(set): pass
class MyFloat(float): pass
class MyBytes(bytes): pass
class MyExc(Exception): pass
class MyExcS(Exception):
    __slots__ = ()
def f(): pass
def g(): yield 1
async def co(): pass
r = _weakref.ref(C())
gen = g()
coroutine = co()
tests = [1, 1.5, 'a', b'a', (), [], {}, None, True, set(), frozenset(), f, C, C(),
         S(), SW(), SS(), SSS(), SetSlots(), ListSlots(), MyInt(1), MyStr('a'), MyTup(), MyList(), MyDict(),
         MySet(), MyFloat(1), MyBytes(b''), MyExc(), MyExcS(), ValueError(), f.__code__, sys, gen,
         coroutine, len, iter([]), range(3), slice(1), property(), staticmethod(f), classmethod(f), r,
         bytearray(), object(), Ellipsis, NotImplemented, type, int, lambda: 0, {}.keys(), 10**30]
for t in tests:
    try:
        _weakref.ref(t)
        print(type(t).__name__, 'ok')
    except TypeError as e:
        print(type(t).__name__, e)
coroutine.close()
for bad in [_weakref.proxy, lambda x: _weakref.ref(x, print)]:
    try:
        bad(3)
    except TypeError as e:
        print(e)
