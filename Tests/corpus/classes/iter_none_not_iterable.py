# `__iter__ = None` makes a class not iterable even when it has __getitem__ (typing's
# special forms rely on it): iter(), list(), for, unpacking and `in` all refuse it.
class Sequence:
    def __getitem__(self, index):
        if index < 3:
            return index
        raise IndexError(index)


class NotIterable(Sequence):
    __iter__ = None


class Inherits(NotIterable):
    pass


class IterAgain(NotIterable):
    def __iter__(self):
        return iter("ab")


print(list(Sequence()), 2 in Sequence())
for cls in (NotIterable, Inherits):
    for attempt in (lambda: iter(cls()), lambda: list(cls()), lambda: [x for x in cls()],
                    lambda: tuple(cls()), lambda: sorted(cls())):
        try:
            attempt()
            print("iterated")
        except TypeError as error:
            print("TypeError", error)
    try:
        a, b, c = cls()
    except TypeError as error:
        print("TypeError", error)
    try:
        print(1 in cls())
    except TypeError as error:
        print("TypeError", error)
    print(cls()[1])
print(list(IterAgain()))

import typing
for form in (typing.Any, typing.Union, typing.Union[str, int], typing.List, typing.Callable[..., int]):
    try:
        list(form)
        print("iterated", form)
    except TypeError as error:
        print("TypeError", error)
