# operator.itemgetter, attrgetter and methodcaller (native in _operator, as in CPython).
import operator, pickle, copy
from operator import itemgetter, attrgetter, methodcaller

print(itemgetter(1)([10, 20, 30]), itemgetter(0, 2)("abc"), itemgetter("k")({"k": 4}))
print(sorted([(1, "b"), (0, "c"), (2, "a")], key=itemgetter(1)))
print(repr(itemgetter(1)), repr(itemgetter(1, "a")), repr(itemgetter((1, 2))))
print(itemgetter(1).__reduce__() == (itemgetter, (1,)), itemgetter(1, 2).__reduce__() == (itemgetter, (1, 2)))
print(type(itemgetter(1)).__module__, type(itemgetter(1)).__name__, itemgetter.__module__)


class Node:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child

    def greet(self, greeting, punctuation="!"):
        return greeting + " " + self.name + punctuation


n = Node("a", Node("b"))
print(attrgetter("name")(n), attrgetter("child.name")(n), attrgetter("name", "child.name")(n))
print(repr(attrgetter("name")), repr(attrgetter("name", "child.name")))
print(attrgetter("a.b").__reduce__() == (attrgetter, ("a.b",)))
print(methodcaller("greet", "hi")(n), methodcaller("greet", "yo", punctuation="?")(n), methodcaller("upper")("x"))
print(repr(methodcaller("greet", "hi", 1, punctuation="?")), repr(methodcaller("f")))
print(methodcaller("greet", "hi").__reduce__() == (methodcaller, ("greet", "hi")))
reduced = methodcaller("greet", "yo", punctuation="?").__reduce__()
print(type(reduced[0]).__name__, reduced[0].args, reduced[0].keywords, reduced[1], reduced[0](*reduced[1])(n))

for getter in (itemgetter(2, 0), attrgetter("child.name"), methodcaller("greet", "hey", punctuation=".")):
    again = pickle.loads(pickle.dumps(getter))
    print(repr(again) == repr(getter), repr(copy.deepcopy(getter)) == repr(getter))

attempts = [
    lambda: itemgetter(),
    lambda: itemgetter(a=1),
    lambda: itemgetter(1)(),
    lambda: itemgetter(1)([1, 2], [3]),
    lambda: itemgetter(1)([1, 2], k=1),
    lambda: itemgetter(5)([1]),
    lambda: attrgetter(),
    lambda: attrgetter(1),
    lambda: attrgetter("name", 2),
    lambda: attrgetter("missing")(n),
    lambda: attrgetter("child.missing")(n),
    lambda: attrgetter("x")(),
    lambda: methodcaller(),
    lambda: methodcaller(5),
    lambda: methodcaller("greet")(),
    lambda: methodcaller("greet")(n, 1),
    lambda: methodcaller("greet")(n),
    lambda: methodcaller("nothing")(n),
]
for attempt in attempts:
    try:
        print(attempt())
    except Exception as e:
        print(type(e).__name__, e)

for cls in (itemgetter, attrgetter, methodcaller):
    try:
        class Sub(cls):
            pass
    except TypeError as e:
        print("TypeError", e)

# A getter inside its own argument's repr.
loop = [1]
getter = itemgetter(loop)
loop.append(getter)
print(repr(getter))
