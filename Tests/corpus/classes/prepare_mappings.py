# A metaclass's __prepare__ may return a dict subclass: the class body's names go through
# its __setitem__/__getitem__/__delitem__ (enum's _EnumDict). type(name, bases, dict)
# hands over to the most derived metaclass.
class RecordingDict(dict):
    def __setitem__(self, key, value):
        if not key.startswith("__"):
            print("set", key)
        super().__setitem__(key, value)

    def __getitem__(self, key):
        if not key.startswith("__"):
            print("get", key)
        return super().__getitem__(key)

    def __delitem__(self, key):
        print("del", key)
        super().__delitem__(key)


class Meta(type):
    @classmethod
    def __prepare__(metacls, name, bases, **keywords):
        print("prepare", name, sorted(keywords))
        return RecordingDict()

    def __new__(metacls, name, bases, namespace, **keywords):
        print("new", name, type(namespace).__name__, sorted(k for k in namespace if not k.startswith("__")))
        return super().__new__(metacls, name, bases, dict(namespace))

    def __init__(cls, name, bases, namespace, **keywords):
        super().__init__(name, bases, namespace)


class Example(metaclass=Meta, flag=True):
    a = 1
    b = a + 1
    c = 3
    del c

    def method(self):
        return __class__


print(Example.a, Example.b, hasattr(Example, "c"), Example().method() is Example)

Derived = type("Derived", (Example,), {"x": 5})
print(type(Derived).__name__, Derived.x, Derived.a)

Plain = type("Plain", (), {"y": 1}, )
print(type(Plain).__name__, Plain.y)

try:
    class NotAMapping(metaclass=type("M", (type,), {"__prepare__": classmethod(lambda *a, **k: 42)})):
        pass
except TypeError as error:
    print("TypeError:", error)

try:
    type("X", (), {}, 3)
except TypeError as error:
    print("TypeError:", error)


class State:
    __slots__ = ("p", "q")

plain = type("Plain2", (), {})()
plain.value = 1
slotted = State()
slotted.p = 2
print(plain.__getstate__(), slotted.__getstate__(), object().__getstate__())
print(slotted.__reduce_ex__(2)[1:], plain.__reduce__()[1:])
print(object.__new__.__self__, int.__new__.__self__)
print(int.__doc__ is None or isinstance(int.__doc__, str), type(None.__doc__).__name__ in ("str", "NoneType"))
