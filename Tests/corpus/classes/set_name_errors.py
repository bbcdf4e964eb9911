# An error raised by a descriptor's __set_name__ while a class is made becomes a
# RuntimeError naming the descriptor (Python 3.11), caused by the original error.
import functools


class Refuses:
    def __set_name__(self, owner, name):
        raise ValueError("not here: " + name)


try:
    class Holder:
        first = Refuses()
except RuntimeError as error:
    print(type(error).__name__, error)
    print(type(error.__cause__).__name__, error.__cause__, error.__context__ is error.__cause__)

shared = functools.cached_property(lambda self: 1)
try:
    class Twice:
        a = shared
        b = shared
except RuntimeError as error:
    print(error, "|", error.__cause__)


class Fine:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)


class Works:
    attribute = Fine()
