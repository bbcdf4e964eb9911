# A bytearray subclass makes instances of itself that compare, copy and pickle
# like bytearrays and keep their attributes.
import copy, pickle
class Sub(bytearray):
    pass
class Slotted(bytearray):
    __slots__ = ("x", "y", "__dict__")
for cls in (Sub, Slotted):
    a = cls(b"abcd")
    a.x = 10
    a.z = cls(b"efgh")
    print(type(a).__name__, a, a == b"abcd", a != bytearray(b"abcd"), a < b"abce", a >= cls(b"abcd"), b"abcd" == a)
    print(sorted([cls(b"b"), cls(b"a"), cls(b"c")]))
    for duplicate in (copy.copy, copy.deepcopy):
        b = duplicate(a)
        print(type(b).__name__, b, b is a, b.x, b.z, type(b.z).__name__)
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        b = pickle.loads(pickle.dumps(a, proto))
        print(proto, type(b).__name__, b, b.x, b.z, hasattr(b, "y"))
print(bytearray(b"ab").__reduce_ex__(2), bytearray(b"ab").__reduce_ex__(4), bytearray().__reduce__())
s = Sub(b"q")
s.w = 1
print(s.__reduce__(), s.__reduce_ex__(3))
