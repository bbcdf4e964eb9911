# operator is CPython's module: its full set of functions, __all__, and attrgetter,
# itemgetter and methodcaller with their reprs and reductions.
import copy
import operator
import pickle

print(len(operator.__all__), "call" in operator.__all__, operator.call(pow, 2, 5))
print(operator.iand(6, 3), operator.ior(6, 3), operator.ixor(6, 3), operator.iconcat([1], [2]), operator.ipow(2, 3))
print(operator.index(7), operator.length_hint(iter([1, 2])), operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"))
getter = operator.attrgetter("real", "imag")
items = operator.itemgetter(1, 0)
caller = operator.methodcaller("split", ",", maxsplit=1)
print(repr(getter), repr(items), repr(caller), repr(operator.methodcaller("upper")))
print(getter(3 + 4j), items("ab"), caller("a,b,c"))
for function in (getter, items, caller):
    clone = pickle.loads(pickle.dumps(function))
    print(type(clone).__name__, repr(clone) == repr(function), repr(copy.deepcopy(function)) == repr(function))
for call in [lambda: operator.concat(1, 2), lambda: operator.attrgetter(1), lambda: operator.abs(None)]:
    try:
        call()
    except TypeError as error:
        print("TypeError", error)
