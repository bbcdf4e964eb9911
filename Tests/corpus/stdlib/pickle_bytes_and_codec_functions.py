# bytes pickle at every protocol (protocols 0-2 through a call of codecs.encode, which
# pickles by name as the builtin it is), and subclasses of staticmethod and classmethod.
import codecs
import pickle

for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
    data = pickle.dumps(b"a\x00\xff", protocol)
    print(protocol, data, pickle.loads(data))
    print(" ", pickle.loads(pickle.dumps([b"", bytearray(b"xy"), (b"z",)], protocol)))
print(pickle.dumps(codecs.encode, 2), pickle.loads(pickle.dumps(codecs.decode)) is codecs.decode)
print(codecs.encode.__module__, codecs.encode.__name__, codecs.encode.__qualname__, codecs.encode.__reduce__())
print(repr(codecs.utf_8_decode), codecs.utf_8_decode(b"\xc3\xa9"))


def double(x):
    "Twice x."
    return 2 * x


class Tagged(staticmethod):
    def describe(self):
        return "tagged " + self.__name__


class Counted(classmethod):
    pass


tagged = Tagged(double)
tagged.note = "kept"
print(type(tagged).__name__, isinstance(tagged, staticmethod), tagged.describe(), tagged.note)
print(tagged(4), tagged.__func__ is double, tagged.__wrapped__ is double, tagged.__doc__)
print(staticmethod(double).__module__, staticmethod(double).__name__, staticmethod(double).__qualname__)


class Holder:
    twice = tagged
    made = Counted(lambda cls, x: (cls.__name__, x))


print(Holder.twice(5), Holder().twice(6), Holder.made(7), Holder().made(8))
print(type(Holder.__dict__["made"]).__name__, staticmethod.__module__, classmethod.__module__)
for args in [(), (1, 2)]:
    try:
        staticmethod(*args)
    except TypeError as error:
        print("TypeError", error)
try:
    classmethod(f=double)
except TypeError as error:
    print("TypeError", error)
try:
    pickle.dumps(staticmethod(double))
except TypeError as error:
    print("TypeError", error)
