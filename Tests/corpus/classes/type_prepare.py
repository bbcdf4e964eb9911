# type.__prepare__ exists: a metaclass's own __prepare__ may call it (six.with_metaclass).


def with_metaclass(meta, *bases):
    class metaclass(type):
        def __new__(cls, name, this_bases, d):
            return meta(name, bases, d)

        @classmethod
        def __prepare__(cls, name, this_bases):
            return meta.__prepare__(name, bases)
    return type.__new__(metaclass, "temporary_class", (), {})


class Meta(type):
    pass


class Base(object):
    def hello(self):
        return "hello"


class Made(with_metaclass(Meta, Base)):
    value = 3


print(type(Made).__name__, Made.__mro__[1].__name__, Made().hello(), Made.value)
namespace = type.__prepare__("Name", (), extra=1)
print(type(namespace).__name__, namespace, type.__prepare__() == {})
print(Meta.__prepare__("M", (object,)))
