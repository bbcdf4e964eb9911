# int/float methods and dunders, container dunders, dict views as sets, rounding and hashing.
for f in [lambda: pow(2, 3, 0), lambda: pow(2.0, -1), lambda: pow(0, -1), lambda: divmod(7.5, 2), lambda: divmod(-7, 2.0), 
          lambda: list(zip([1, 2], [1], strict=True)), lambda: list(zip([1], [1, 2], strict=True)), lambda: list(enumerate("ab", start=5)),
          lambda: sorted([3, 1, 2], key=lambda x: -x, reverse=True), lambda: min([], default=7), lambda: max([1, 5, 3], key=lambda v: -v),
          lambda: max(), lambda: min(1), lambda: (1).to_bytes(2, "big", signed=True), lambda: (-1).to_bytes(2, "big", signed=True),
          lambda: (256).to_bytes(1, "big"), lambda: int.from_bytes(b"\xff\xff", "big", signed=True), lambda: (3.5).as_integer_ratio(),
          lambda: float.fromhex("-0x1.fffffffffffffp+1023"), lambda: (1e308).hex(), lambda: (5e-324).hex(), lambda: float.fromhex("0x1p-1074"),
          lambda: hash(1.0) == hash(1), lambda: hash(2**100), lambda: hash(-2**100), lambda: hash(0.1), lambda: hash(float("inf")),
          lambda: {1: 2}.keys() | [3], lambda: {1: 2}.items() & {(1, 2)}, lambda: {1, 2} - {1: 0}.keys(), lambda: {1: 2}.keys() == {1},
          lambda: list(reversed({1: 2, 3: 4}.items())), lambda: list(reversed({1: 2, 3: 4}.keys())), lambda: [1, 2] < [1, 3], lambda: (1, 2) >= (1,),
          lambda: {1: 1} == {1: 1.0}, lambda: {1: 1} < {2: 2}, lambda: [].pop(), lambda: [1].index(2), lambda: (1,).index(2), lambda: (1, 2, 1).index(1, 1),
          lambda: set().pop(), lambda: {1}.remove(2), lambda: frozenset([1, 2]) | {3}, lambda: {3} | frozenset([1]), lambda: frozenset([1]).union([2]),
          lambda: {1, 2}.isdisjoint([2]), lambda: {1}.issuperset([1]), lambda: repr(frozenset()), lambda: repr(set()), lambda: repr({1: {2: [3, (4,)]}}),
          lambda: round(2.675, 2), lambda: round(5, -1), lambda: round(15, -1), lambda: round(-0.5), lambda: round(1.5, None), lambda: round(float("inf")),
          lambda: (7).__round__(-1), lambda: (2.5).__round__(), lambda: (10).__index__(), lambda: True.__index__(), lambda: (5).numerator, lambda: (2.5).real,
          lambda: (-7).bit_length(), lambda: (2**100).bit_count(), lambda: (0).bit_count(), lambda: int.__add__(1, 2), lambda: float.__mul__(2.0, 3),
          lambda: (3).__truediv__(0), lambda: (3.0).__rtruediv__(2), lambda: (3).__rpow__(2), lambda: (3).__pow__(2, 5), lambda: (7).__divmod__(2), lambda: (7.0).__rdivmod__(2),
          lambda: (1).__lt__(1.5), lambda: (1.5).__gt__(1), lambda: 1 .conjugate(), lambda: sum([0.1] * 10), lambda: sum([[1], [2]], []),
          lambda: list(range(10, 0, -3)), lambda: range(10, 0, -3)[1:], lambda: range(0, 10, 3)[::-1], lambda: range(5)[-6], lambda: range(1, 10, 2).index(4),
          lambda: list(reversed(range(0, 10, 4))), lambda: range(0, -10, -2) == range(0, -9, -2), lambda: hash(range(3)) == hash(range(0, 3)),
          lambda: [1, 2, 3].__contains__(2), lambda: [1, 2] * 2, lambda: 2 * (1,), lambda: [1] + [2], lambda: [3, 1].__len__(), lambda: {1: 2}.__len__(),
          lambda: {1: 2}.__contains__(1), lambda: {1, 2}.__len__(), lambda: dict.fromkeys("ab", 0), lambda: {1: 2}.setdefault(3), lambda: {}.popitem(),
          lambda: [1, 2, 3].__getitem__(slice(0, 2)), lambda: [5, 6].__iter__().__next__(), lambda: (1, 2).__hash__() == hash((1, 2)),
          lambda: [] == [], lambda: [].__eq__(()), lambda: ().__ne__(()), lambda: {1}.__eq__(frozenset([1])), lambda: {1}.__or__([1]),
          lambda: int("  -0b101 ", 0), lambda: int("1_000"), lambda: float(" -1.5e3 "), lambda: float("nan"), lambda: int(b"  42"),
          lambda: (True + True, True / True, -True, ~False, True << 2), lambda: divmod(True, 2), lambda: abs(-True), lambda: (1).__abs__(),
          lambda: 3 .__float__(), lambda: (3.7).__int__(), lambda: (3.7).__trunc__(), lambda: (-3.5).__floor__(), lambda: (-3.5).__ceil__(),
          lambda: (2**64).to_bytes(9, "little"), lambda: int.from_bytes([1, 2], "little"), lambda: (65).to_bytes(), lambda: (0.5).is_integer(),
          ]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print((5).__str__(), (5).__repr__(), (2.5).__str__(), (5).__format__("x"), (2.5).__format__(".3f"), True.__repr__())
class Seven(int):
    pass
print(repr(Seven(7)), str(Seven(7)), f"{Seven(7):>4}")
