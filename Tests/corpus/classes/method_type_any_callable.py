# types.MethodType binds any callable, and classmethod any object: the bound method's
# repr names its function by __qualname__, else __name__, else "?".
import types


class MyCallable:
    def __call__(self, arg):
        return ("called with", arg)


func = MyCallable()
instance = object()
method = types.MethodType(func, instance)
print(repr(method).split(" of ")[0])
print(method() == ("called with", instance))
func.__name__ = "name"
print(repr(method).split(" of ")[0])
func.__qualname__ = "qualname"
print(repr(method).split(" of ")[0])
func.__qualname__ = 42
print(repr(method).split(" of ")[0])

meth = classmethod(1).__get__(1)
print(repr(meth))
try:
    meth()
except TypeError as error:
    print("TypeError", error)
try:
    meth.__name__
except AttributeError as error:
    print("AttributeError", error)
print(str(meth))


class Foo:
    @classmethod
    def method(cls):
        pass


print(repr(Foo.method).startswith("<bound method Foo.method of <class"))
