# Since 3.10 staticmethod and classmethod objects take attributes of their own
# (typing_extensions.deprecated sets __deprecated__ on the one it decorates).


def mark(message):
    def decorate(method):
        method.__deprecated__ = message
        return method
    return decorate


class Shapes:
    @mark("use make instead")
    @staticmethod
    def build(n):
        return [n] * n

    @mark("use named instead")
    @classmethod
    def create(cls):
        return cls.__name__


raw_static = Shapes.__dict__["build"]
raw_class = Shapes.__dict__["create"]
print(raw_static.__deprecated__, raw_class.__deprecated__)
print(Shapes.build(3), Shapes.create(), Shapes().build(2))
print(hasattr(raw_static, "other"), getattr(raw_static, "other", "missing"))
raw_static.other = 1
raw_static.other += 1
print(raw_static.other, raw_static.__func__.__name__, raw_static.__wrapped__ is raw_static.__func__)
del raw_static.other
print(hasattr(raw_static, "other"))
try:
    raw_class.missing
except AttributeError as error:
    print("AttributeError:", error)
plain = staticmethod(len)
plain.tag = "t"
print(plain.tag, plain("abcd"))
