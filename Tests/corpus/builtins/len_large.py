# len() of a container past 2**48 items: the result is a full int, not truncated.
class Huge:
    def __len__(self):
        return 2 ** 62


print(len(range(2 ** 50)), range(2 ** 50).__len__(), len(range(0, 2 ** 55, 3)))
print(len(Huge()), bool(Huge()))
lengths = [len(range(n)) for n in (0, 2 ** 48 - 1, 2 ** 48, 2 ** 49 + 1)]
print(lengths)
