# A special method found on the type is bound through its descriptor protocol
# before the call when it is not a plain function (unittest.mock's MagicProxy).

class Proxy:
    def __init__(self, name):
        self.name = name

    def __get__(self, obj, owner=None):
        name = self.name
        def method(*args):
            return f"{name} on {type(obj).__name__}{args}"
        return method


class Returning:
    """A descriptor whose bound value is fixed, whatever the receiver."""
    def __init__(self, value):
        self.value = value

    def __get__(self, obj, owner=None):
        value = self.value
        return lambda *args: value


class C:
    pass


for name in ["__eq__", "__lt__", "__add__", "__radd__", "__iadd__", "__neg__", "__str__",
             "__repr__", "__call__", "__getitem__", "__setitem__", "__delitem__", "__format__",
             "__divmod__", "__rdivmod__", "__round__"]:
    setattr(C, name, Proxy(name))

c = C()
print(c == 1)
print(c < 2)
print(c + 3)
print(4 + c)
d = c
d += 5
print(d)
print(-c)
print(str(c))
print(repr(c))
print(c(6, 7))
print(c[8])
c[9] = 10
del c[11]
print(format(c, "spec"))
print(divmod(c, 12))
print(divmod(13, c))
print(round(c))
print(round(c, 2))


class D:
    __len__ = Returning(3)
    __bool__ = Returning(False)
    __iter__ = Returning(iter([1, 2]))
    __contains__ = Returning(True)
    __hash__ = Returning(42)
    __int__ = Returning(7)
    __float__ = Returning(2.5)
    __index__ = Returning(5)
    __abs__ = Returning("abs")


d = D()
print(len(d), bool(d), list(d), 99 in d, hash(d))
print(int(d), float(d), [10, 20, 30, 40, 50, 60][d], bin(d), abs(d))


class Next:
    __next__ = Returning("next value")

    def __iter__(self):
        return self


print(next(Next()))


class WithStatic:
    __eq__ = staticmethod(lambda other: f"static eq {other}")
    __call__ = staticmethod(lambda *args: f"static call {args}")
    __len__ = classmethod(lambda cls: len(cls.__name__))


w = WithStatic()
print(w == 1)
print(w("a"))
print(len(w))


class Plain:
    """A callable without __get__ is called as it is, without the receiver."""
    def __call__(self, *args):
        return f"plain called with {len(args)} argument(s)"


class E:
    __eq__ = Plain()
    __str__ = Plain()


print(E() == 1)
print(str(E()))


class Failing:
    def __get__(self, obj, owner=None):
        raise LookupError("no binding")


class F:
    __len__ = Failing()
    __eq__ = Failing()


for action in [lambda: len(F()), lambda: F() == 1]:
    try:
        action()
    except LookupError as error:
        print(type(error).__name__, error)


class NotCallable:
    __len__ = 5


try:
    len(NotCallable())
except TypeError as error:
    print(type(error).__name__, error)


class Recursive:
    pass


Recursive.__call__ = Recursive()
try:
    Recursive()()
except RecursionError as error:
    print(type(error).__name__, error)
