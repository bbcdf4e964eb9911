# An iterator's __reduce__ looks up builtins.iter first and reads its own state after:
# a key whose __eq__ exhausts the iterator during that lookup changes what it reports.
import builtins

builtins_dict = builtins.__dict__
original_iter = iter


class SneakyName:
    def __init__(self, name, iterator):
        self.name, self.iterator = name, iterator

    def __hash__(self):
        return hash(self.name)

    def __eq__(self, other):
        list(self.iterator)
        return other == self.name


it = iter([1, 2, 3])
del builtins_dict["iter"]
builtins_dict[SneakyName("iter", it)] = original_iter
try:
    reduced = it.__reduce__()
finally:
    del builtins_dict["iter"]
    builtins_dict["iter"] = original_iter
print(reduced[0] is original_iter, reduced[1:], list(it))
