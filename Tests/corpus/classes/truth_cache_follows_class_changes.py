# bool() of instances follows __bool__/__len__ added to and removed from a class or its base
# (Tern remembers per class version that a type has neither).
class A: pass
a = A()
print(bool(a), not a)
A.__len__ = lambda self: 0
print(bool(a))
del A.__len__
print(bool(a))
class B(A): pass
b = B()
print(bool(b))
A.__bool__ = lambda self: False
print(bool(b), bool(a))
del A.__bool__
print(bool(b))
class L(list): pass
print(bool(L()), bool(L([1])))
import io
print(bool(io.BytesIO()))
