# classmethod and staticmethod carry the function's name, doc and annotations, and
# __wrapped__ (Python 3.10+): functools.singledispatchmethod reads them.
import functools


def helper(x: int) -> str:
    "Helps."
    return str(x)


for wrapper in (classmethod(helper), staticmethod(helper)):
    print(type(wrapper).__name__, wrapper.__wrapped__ is helper, wrapper.__name__, wrapper.__qualname__,
          wrapper.__doc__, wrapper.__annotations__)


class Shapes:
    @functools.singledispatchmethod
    @classmethod
    def describe(cls, arg: int) -> str:
        "Describes an int."
        return "int %d" % arg

    @describe.register
    @classmethod
    def _(cls, arg: str) -> str:
        return "str " + arg

    @functools.singledispatchmethod
    @staticmethod
    def size(arg: int) -> str:
        "Sizes an int."
        return "size %d" % arg


print(Shapes.describe(3), Shapes.describe("x"), Shapes().size(4))
print(Shapes.describe.__name__, Shapes.describe.__doc__, Shapes.size.__doc__, Shapes.size.__annotations__)
try:
    classmethod(42).__name__
except AttributeError as error:
    print("AttributeError", error)
