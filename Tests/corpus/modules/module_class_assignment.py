# __class__ of a module: any two module classes with the same declared slots, as CPython allows;
# other classes are refused with CPython's message.
import sys
M = type(sys)
class S(M):
    @property
    def value(self): return "property"
class T(M):
    __slots__ = ()
m = M("m"); m.value = "dict"
m.__class__ = S
print(type(m).__name__, m.value)
m.__class__ = M
print(type(m).__name__, m.value)
try:
    m.__class__ = int
except TypeError as e: print(e)
try:
    m.__class__ = T
    print(type(m).__name__)
except TypeError as e: print(e)
class C: pass
try:
    C().__class__ = M
except TypeError as e: print(e)
