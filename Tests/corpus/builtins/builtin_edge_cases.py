# Builtins and operators at their edges: errors, keys, defaults, mixed types.
for f in [lambda: sorted([1, "a"]), lambda: [3, 1, 2].sort(reverse=True), lambda: sorted("bca", reverse=True), lambda: max("abc", key=ord, default=None),
          lambda: min((1, 2), (1, 1)), lambda: max([], key=len), lambda: {1: 2}.get(), lambda: {1: 2}.pop(5), lambda: {1: 2}.pop(5, None),
          lambda: {"a": 1}.update([("b", 2)], c=3), lambda: dict([(1, 2, 3)]), lambda: dict(a=1) | {"b": 2}, lambda: {1: 2}.copy(),
          lambda: list({1: 2, 3: 4}.values()), lambda: {1: 2}.values() == {1: 2}.values(), lambda: len({1: 2}.items()), lambda: (1, 2) in {1: 2}.items(),
          lambda: [1, 2, 3].index(3, 0, 2), lambda: [1, 2, 3].count(2), lambda: [1, 2].insert(-10, 0), lambda: [1, 2, 3][::-2], lambda: [1, 2][5:],
          lambda: [0] * -1, lambda: [1, 2, 3].remove(4), lambda: [].pop(3), lambda: [1].pop(3), lambda: list((1, 2)).copy(), lambda: [[1]] * 2,
          lambda: (1, 2) + (3,), lambda: (1,) * 3, lambda: (1, 2) < (1, 2, 3), lambda: tuple("ab"), lambda: (1, [2]).__hash__(),
          lambda: hash((1, 2)), lambda: hash(frozenset({1, 2})), lambda: {frozenset(): 1}, lambda: set([1, 2]) == frozenset([1, 2]),
          lambda: {1, 2} <= {1, 2, 3}, lambda: {1, 2}.symmetric_difference([2, 3]), lambda: {1}.update(5), lambda: set(5),
          lambda: {[1]}, lambda: {1: 2}[[1]], lambda: [1, 2] == (1, 2), lambda: [1] < (1,), lambda: {1} < [1], lambda: {1} & [1],
          lambda: 1 + "a", lambda: "a" + 1, lambda: [1] + (1,), lambda: (1,) + [1], lambda: 5 % 0, lambda: 5.0 % 0, lambda: 5 // 0.0,
          lambda: 2 ** -1,  lambda: 10 ** 400 * 1.0, lambda: float(10 ** 400), lambda: 1e308 * 10, lambda: int("x"),
          lambda: int("12", 1), lambda: int(3.9e20), lambda: round(1e300), lambda: 7 .__rsub__(10), lambda: 0.1 + 0.2, lambda: 1 / 3,
          lambda: divmod(-7, 2), lambda: -7 // 2, lambda: -7 % 2, lambda: 7 % -2, lambda: -7.5 // 2, lambda: -7.5 % 2, lambda: 2 ** 0.5,
          lambda: abs(-2**70), lambda: bin(2**70), lambda: hex(-2**70), lambda: oct(8.0), lambda: format(2**70, ","), lambda: int.bit_length(5),
          lambda: list(zip()), lambda: list(zip("ab", "cd", "ef")), lambda: list(map(pow, [2, 3], [2, 2])), lambda: list(filter(None, [0, 1, 2])),
          lambda: next(iter([]), "d"), lambda: list(enumerate([], 1)), lambda: any([]), lambda: all(iter([1, 0])),
          lambda: isinstance(True, int), lambda: issubclass(bool, (str, int)), lambda: callable(len), lambda: list(iter([1, 2]).__iter__()),
          lambda: sum([1, 2], 10), lambda: sum(["a"], ""), lambda: sum(range(10**5)), lambda: sum([1.5, 2.5]), lambda: sum([1, 2.5]),
          lambda: max(1, 2, key=lambda v: -v), lambda: max([1, 2], default=0, key=None), lambda: min(iter([3, 1, 2])),
          ]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
