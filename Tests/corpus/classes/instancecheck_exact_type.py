# isinstance(x, C) is True without asking C's metaclass when x's type is exactly C;
# for a subclass instance, another type, or a tuple of classes, __instancecheck__ decides.

class Meta(type):
    def __instancecheck__(cls, obj):
        print("  __instancecheck__", cls.__name__, type(obj).__name__)
        return False

class A(metaclass=Meta):
    pass

class B(A):
    pass

print("exact:", isinstance(A(), A))
print("subclass:", isinstance(B(), A))
print("other type:", isinstance(3, A))
print("tuple with exact:", isinstance(A(), (int, A)))
print("tuple with subclass:", isinstance(B(), (int, A)))
print("builtin exact:", isinstance(True, bool), isinstance(True, int), isinstance(3, (str, int)))
