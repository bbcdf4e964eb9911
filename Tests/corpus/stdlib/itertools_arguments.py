# itertools functions check their arguments and take their iterators when called;
# count and repeat are classes with reprs, length hints and reductions.
import copy
import operator
import pickle
from itertools import (accumulate, chain, combinations, combinations_with_replacement, compress, count, cycle,
                       dropwhile, filterfalse, islice, pairwise, permutations, product, repeat, starmap, takewhile,
                       tee, zip_longest)


class NoIter:
    pass


calls = {
    "accumulate": lambda: accumulate(NoIter()), "cycle": lambda: cycle(NoIter()),
    "compress": lambda: compress([1], NoIter()), "dropwhile": lambda: dropwhile(bool, NoIter()),
    "filterfalse": lambda: filterfalse(bool, NoIter()), "takewhile": lambda: takewhile(bool, NoIter()),
    "islice": lambda: islice(NoIter(), 3), "pairwise": lambda: pairwise(NoIter()),
    "starmap": lambda: starmap(pow, NoIter()), "zip_longest": lambda: zip_longest([1], NoIter()),
    "product": lambda: product([1], NoIter()), "tee": lambda: tee(NoIter()),
    "permutations": lambda: permutations(NoIter()), "combinations": lambda: combinations("ab", "x"),
    "combinations-": lambda: combinations("ab", -1), "cwr-": lambda: combinations_with_replacement("ab", -1),
    "permutations-": lambda: permutations("ab", -2), "product-": lambda: product("ab", repeat=-1),
    "tee-": lambda: tee([], -1), "count": lambda: count("a"), "count2": lambda: count(1, "b"),
    "repeat": lambda: repeat(1, "a"), "islice-stop": lambda: islice([], -1),
    "islice-start": lambda: islice([], -1, 5), "islice-step": lambda: islice([], 0, 5, 0),
    "islice-str": lambda: islice([], "a"), "chain": lambda: chain(NoIter()),
}
for name, call in calls.items():
    try:
        call()
        print(name, "made")
    except (TypeError, ValueError) as error:
        print(name, type(error).__name__, error)

print(list(islice(range(20), 2, 12, 3)), list(islice("abcdef", None)), list(islice("abcdef", 2, None)))
source = iter(range(10))
print(list(islice(source, 3)), next(source))
source = iter(range(10))
print(list(islice(source, 1, 6, 2)), next(source))
source = iter(range(10))
print(list(islice(source, 5, 2)), next(source))
print(list(accumulate([1, 2, 3], initial=10)), list(accumulate([], initial=None)), list(pairwise("abcd")))
print(list(compress("abcdef", [1, 0, 1, 0, 1])), list(combinations(range(4), 2)), list(permutations("abc", 2)))

c = count(3)
print(repr(c), next(c), repr(c), repr(count(2, 5)), repr(count(1.5)), repr(count(0, 1.0)), repr(count(step=-1)))
print(list(islice(count(2.5, 0.5), 3)), next(copy.copy(c)), next(pickle.loads(pickle.dumps(count(7, 2)))))
r = repeat("x", 3)
print(repr(r), operator.length_hint(r), next(r), repr(r), list(r), repr(r), operator.length_hint(r))
print(repr(repeat(1 + 0j)), repr(repeat("a", -4)), operator.length_hint(repeat(None), 12))
print(list(repeat(object="o", times=2)), list(pickle.loads(pickle.dumps(repeat(5, 2)))))


class Steps(count):
    pass


print(repr(Steps(4)), isinstance(Steps(), count), list(zip("ab", Steps(1, 10))))
