class A:
    "Doc A."
    def f(self): pass
class B(A): pass
print(A.__doc__, B.__doc__, A.__module__, A.__qualname__, A.f.__qualname__)
print(B.__base__.__name__, [c.__name__ for c in B.__mro__], B.mro() == list(B.__mro__))
print(A.__subclasses__() == [B], type(A).__name__, isinstance(A, type))
print(A.__dict__["f"].__name__, "f" in A.__dict__, "f" in B.__dict__)
a = A()
print(a.f.__self__ is a, a.f.__func__ is A.f, a.f.__name__)
print(A.__name__, repr(A)[:16], str(B)[:17])
class Outer:
    class Inner:
        def m(self): pass
print(Outer.Inner.__qualname__, Outer.Inner.m.__qualname__)
A.new_attr = 5
print(a.new_attr, B.new_attr)
del A.new_attr
print(hasattr(a, "new_attr"))
B.f = lambda self: "patched"
print(B().f(), A().f())
print(object.__name__, type.__name__, int.__name__, type(None).__name__)
class WithCall:
    def __call__(self, x): return x * 2
print(WithCall()(4), callable(WithCall()), callable(A()))
class St:
    @staticmethod
    def s(x): return x + 1
    @classmethod
    def c(cls): return cls.__name__
print(St.s(1), St().s(2), St.c(), St().c(), type(St.__dict__["s"]).__name__)
