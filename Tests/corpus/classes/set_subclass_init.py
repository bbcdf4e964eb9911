# set() is filled by set.__init__, not by set.__new__: a subclass whose __init__ consumes
# the iterable itself sees all of it (SQLAlchemy's OrderedSet builds its list from a generator).


class OrderedSet(set):
    def __init__(self, d=None):
        set.__init__(self)
        self._list = []
        if d is not None:
            for item in d:
                if item not in self._list:
                    self._list.append(item)
            set.update(self, self._list)

    def __iter__(self):
        return iter(self._list)

    def difference(self, other):
        other = set(other)
        return self.__class__(a for a in self if a not in other)


ordered = OrderedSet(x for x in [3, 1, 2, 1])
print(len(ordered), list(ordered), sorted(set.__iter__(ordered)))
rest = ordered.difference([1])
print(len(rest), list(rest))


class Ignoring(set):
    def __init__(self, iterable):
        pass


print(len(Ignoring([1, 2, 3])), len(frozenset(x for x in "abca")), sorted(set(x for x in "abca")))
s = {1, 2}
s.__init__([5])
print(s)
s.__init__()
print(s)
for bad in ((1, 2), ):
    try:
        set(*bad)
    except TypeError as error:
        print("TypeError:", error)
try:
    set(iterable=[1])
except TypeError as error:
    print("TypeError:", error)


class Kept(set):
    pass


print(sorted(Kept(range(3))), type(Kept(range(2))).__name__)
