# Builtin methods called with the wrong number of arguments: one wording whether the
# method declares its arity or checks it itself (slot wrappers say "expected ...").
cases = [
    lambda: (1).__add__(), lambda: (1).__add__(1, 2),
    lambda: [].append(), lambda: {}.keys(1), lambda: [].index(), lambda: {}.get(key=1),
    lambda: "a".__contains__(), lambda: [].index(1, 2, 3, 4), lambda: {}.setdefault(k=1),
    lambda: (1.0).__format__(), lambda: (1).__format__(1, 2), lambda: {}.pop(), lambda: [].insert(1),
]
for case in cases:
    try:
        case()
    except TypeError as error:
        print(error)

# Slot wrappers taking nothing besides self refuse arguments on every builtin type.
for receiver, name in [("abc", "__len__"), ([1], "__len__"), ((1,), "__hash__"), ({1: 2}, "__iter__"),
                       (iter([1]), "__next__"), (1.5, "__repr__"), (True, "__bool__"), (-3, "__abs__"), (7, "__index__")]:
    try:
        getattr(receiver, name)(1)
    except TypeError as error:
        print(type(receiver).__name__, name, error)
print("abc".__len__(), (1).__hash__() == hash(1), next([5].__iter__()), (1.5).__repr__(), (-3).__abs__())
