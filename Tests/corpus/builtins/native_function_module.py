# __module__ and __self__ of functions written natively, classes' __module__, and
# pickling native functions by name.
import _json, _struct, math, pickle, sys, time, zlib

for function in (math.sqrt, time.time, _json.scanstring, _struct.pack, zlib.crc32, sys.getrecursionlimit, len, print):
    print(function.__name__, function.__module__)
print(math.sqrt.__self__ is math, sys.exc_info.__self__ is sys, int.from_bytes.__module__)
print(type(len).__module__, int.__module__, type.__module__, object.__module__, ValueError.__module__)


class C:
    pass


print(C.__module__, C().__module__)
C.__module__ = "elsewhere"
print(C.__module__, C().__module__, repr(C))
try:
    int.__module__ = "x"
except TypeError as error:
    print("TypeError:", error)
print(type("D", (), {}).__module__)

for function in (math.sqrt, len, zlib.crc32, sys.getrecursionlimit, str.join, dict.fromkeys):
    copy = pickle.loads(pickle.dumps(function))
    print(function.__name__, copy is function or copy == function)
print(math.floor.__reduce__(), len.__reduce__(), str.join.__reduce__())


# Bound methods are equal when bound to the same object with equal functions.
class A:
    def f(self):
        pass


a, b, items = A(), A(), []
print(a.f == a.f, a.f != a.f, a.f == b.f, hash(a.f) == hash(a.f), items.append == items.append,
      items.append == [].append, dict.fromkeys == dict.fromkeys, a.f in [a.f], len({a.f, a.f, b.f}))
callbacks = [a.f, b.f]
callbacks.remove(b.f)
print(len(callbacks), callbacks[0] == a.f, A.f.__module__, a.f.__module__)
