# A slot named like a special method makes the class have that method: the instance's
# stored value is what `obj[key]`, `len(obj)` ... call (chameleon's RepeatDict).


class RepeatDict:
    __slots__ = "__setitem__", "__getitem__"

    def __init__(self, d):
        self.__setitem__ = d.__setitem__
        self.__getitem__ = d.__getitem__

    def __getattr__(self, key):
        try:
            return self[key]
        except KeyError:
            raise AttributeError(key)


store = {}
repeat = RepeatDict(store)
repeat["numbers"] = [1, 2]
print(store, repeat["numbers"], repeat.numbers)
print(getattr(repeat, "missing", None))


class Sized:
    __slots__ = ("__len__", "name")

    def __init__(self, n):
        self.__len__ = lambda: n
        self.name = "s"


sized = Sized(4)
print(len(sized), sized.name, type(Sized.__dict__["__len__"]).__name__ != "function")
empty = Sized.__new__(Sized)
try:
    len(empty)
except AttributeError as error:
    print("AttributeError:", error)
del sized.__len__
try:
    len(sized)
except AttributeError as error:
    print("AttributeError:", error)
try:
    class Conflict:
        __slots__ = ("__len__",)

        def __len__(self):
            return 0
except ValueError as error:
    print("ValueError:", error)
