class Outer:
    class Inner:
        pass
    def method(self):
        pass

print(Outer.__name__, Outer.Inner.__name__, Outer.Inner.__qualname__, Outer.method.__qualname__)
print(Outer.__module__, repr(Outer), repr(Outer.Inner), str(int), repr(type))
print(type(Outer), type(Outer()).__name__, type(type))
print(Outer.__doc__, isinstance(Outer, type), Outer.__bases__)
class Documented:
    "A docstring."
print(Documented.__doc__)
