# Set & and - and <= (walked in place when no key needs Python's __eq__); & keeps the keys of the
# smaller operand (the right one when sizes are equal), as CPython does.
a = frozenset(range(20)); b = frozenset([1, 3, 5, 100])
print(sorted(a & b), sorted(a - b), sorted(b - a), b <= a, frozenset([1, 3]) <= a, type(a & b).__name__, type({1} - a).__name__)
print(list({3, 1, 2} & {2, 3}), list({3, 1, 2} - {2}))
class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return 1
    def __eq__(self, o): return isinstance(o, K) and self.v == o.v
s1 = {K(1), K(2), K(3)}; s2 = {K(2), K(3), K(4)}
print(sorted(k.v for k in s1 & s2), sorted(k.v for k in s1 - s2), {K(2)} <= s1, {K(9)} <= s1)
print({1.0, 2} & {1, 2.0}, {"a", "b"} - {"b"}, set() <= set(), {1} <= set())
print({1.0, 2, 3} & {1, 2.0}, {1.0, 2} & {1, 2.0, 3})
s = {1.0, 2}; s &= {1, 2.0}; print(s)
print({K(1), K(2)} & {K(2)} == {K(2)}, len({K(1)} & {K(1), K(5)}))
