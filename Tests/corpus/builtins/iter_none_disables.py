# A class that sets __iter__ = None is not iterable, even with __getitem__.
class NoIter:
    __iter__ = None

    def __getitem__(self, index):
        return index


class Sequence:
    def __getitem__(self, index):
        if index > 2:
            raise IndexError
        return index


print(list(Sequence()), NoIter()[3])
for attempt in (lambda: iter(NoIter()), lambda: list(NoIter()), lambda: [x for x in NoIter()]):
    try:
        attempt()
    except TypeError as error:
        print("TypeError", error)
