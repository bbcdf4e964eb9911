# The builtin iterators pickle and copy as CPython's: from where they stand.
import copy
import pickle

def show(iterator, take=1, protocols=(0, 2, 5)):
    for _ in range(take):
        next(iterator, None)
    for protocol in protocols:
        clone = pickle.loads(pickle.dumps(iterator, protocol))
        print(protocol, type(clone).__name__, list(clone))
    print("copy", list(copy.copy(iterator)), "then", list(iterator))

show(iter([1, 2, 3, 4]))
show(iter((5, 6, 7)))
show(iter("text"))
show(iter(b"bytes"), 2, (3, 5))
show(iter(range(10)), 3)
show(iter(range(10, 0, -3)))
show(iter({"a": 1, "b": 2, "c": 3}))
show(iter({"a": 1, "b": 2}.values()))
show(iter({"a": 1, "b": 2}.items()))
show(iter({7}), 0)
show(enumerate("abc", 10))
show(zip([1, 2, 3], "xyz"))
show(map(pow, [2, 3, 4], [2, 2, 2]))
show(filter(None, [0, 1, 0, 2, 3]))
show(iter([1, 2]), 3)


class Sequence:
    def __getitem__(self, index):
        if index >= 4:
            raise IndexError
        return index * 10


show(iter(Sequence()))
it = iter([1, 2, 3, 4])
print(it.__reduce__()[1:], iter(range(3)).__reduce__()[1:])
it.__setstate__(2)
print(list(it))
it = iter([1, 2, 3])
it.__setstate__(-5)
print(next(it))
it.__setstate__(10)
print(list(it))
counter = iter(Sequence())
counter.__setstate__(-3)
print(next(counter))
callable_iterator = iter(iter([1, 2, 3, 0, 4]).__next__, 0)
print(list(pickle.loads(pickle.dumps(callable_iterator))))
strict = zip([1, 2], [3, 4], strict=True)
print(strict.__reduce__()[2:], list(copy.copy(strict)))
