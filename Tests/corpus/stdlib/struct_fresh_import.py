# A native module imported afresh (as test.support.import_fresh_module does) and then
# dropped: the first copy's functions still raise the class its `error` names, and an
# exception raised after a collection is still that class (not a class made later).
# (Tern's fresh copy shares the first copy's classes, where CPython's has its own.)
import gc
import sys
import struct

saved = sys.modules.pop("_struct")
import _struct as fresh
sys.modules["_struct"] = saved
print(fresh.error.__name__, fresh.Struct.__name__)
print(fresh.calcsize("b"), fresh.pack("<h", 258))
del fresh
gc.collect()


class ExplodingBool:
    def __bool__(self):
        raise OSError("explodes")


for prefix in "<>!=":
    try:
        struct.pack(prefix + "?", ExplodingBool())
    except OSError as error:
        print(prefix, type(error).__name__, error)

classes = [type("Made%d" % index, (), {}) for index in range(50)]
for call in (lambda: struct.pack_into("b", bytearray(1), 5, 1),
             lambda: struct.unpack_from("b", bytearray(1), 5),
             lambda: struct.Struct("i").unpack(b"")):
    try:
        call()
    except struct.error as error:
        print(type(error).__name__, type(error).__module__, error)

import binascii
saved = sys.modules.pop("binascii")
import binascii as fresh_binascii
sys.modules["binascii"] = saved
del fresh_binascii
gc.collect()
classes = [type("Again%d" % index, (), {}) for index in range(50)]
try:
    binascii.a2b_hex(b"abc")
except binascii.Error as error:
    print(type(error).__name__, error)
