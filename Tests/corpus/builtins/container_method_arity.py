# Methods of list, tuple, dict and set check how many arguments they get.
calls = [
    lambda: [].count(), lambda: [].count(1, 2), lambda: [].reverse(1), lambda: [].copy(1), lambda: [].clear(1),
    lambda: [].index(), lambda: [1].index(1, 0, 1, 2), lambda: [].__contains__(), lambda: ().count(),
    lambda: ().__contains__(1, 2), lambda: {}.keys(None), lambda: {}.values(1), lambda: {}.items(1),
    lambda: {}.popitem(1), lambda: {}.setdefault(), lambda: {}.setdefault(1, 2, 3), lambda: {}.copy(1),
    lambda: {}.clear(1), lambda: set().add(), lambda: set().discard(1, 2),
    lambda: set().remove(), lambda: set().pop(1), lambda: set().clear(1), lambda: set().copy(1),
    lambda: frozenset().copy(1), lambda: [].count(x=1),
]
for call in calls:
    try:
        call()
        print("no error")
    except TypeError as error:
        print("TypeError:", error)
print([1, 2, 1].count(1), [3, 4].index(4), [1, 2, 3].index(3, 1, 3), {1: 2}.setdefault(1), {}.setdefault(5, 6))
