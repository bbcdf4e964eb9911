# An unbound super (`super(C)`) kept as a class attribute binds to the instance it is
# read through, as CPython's super.__get__ does; read through the class it stays unbound.
class A:
    def meth(self, a):
        return "A(%r)" % a


class C(A):
    def meth(self, a):
        return "C(%r)" % a + self.__super.meth(a)


C._C__super = super(C)


class D(C):
    def meth(self, a):
        return "D(%r)" % a + super().meth(a)


print(C().meth(1), D().meth(2))
unbound = C.__dict__["_C__super"]
print(type(C._C__super).__name__, C._C__super is unbound)
bound = unbound.__get__(C(), C)
print(bound is unbound, bound.meth(3))
print(unbound.__get__(None, C) is unbound)
