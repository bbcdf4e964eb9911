# Set algebra between sets and frozensets (&, - and | keep CPython's iteration order
# for ints; ^ and | of a frozenset are compared sorted: Tern's order differs there),
# in place and not, with keys whose equality is Python code.
a = {9, 1, 17, 33, 2, 3.5, (1, 2)}
b = frozenset([1, 17, 4, 100, (1, 2), 65])
print(a & b, a | b, a - b, sorted(a ^ b, key=repr))
print(b & a, sorted(b | a, key=repr), b - a, sorted(b ^ a, key=repr))
print(a <= b, b <= a, {1, 17} <= a, {1, 17} < a, a.issubset(b), {1}.issuperset(set()), a >= {1, 9}, a > a)
for operator in ["&=", "-=", "^="]:
    c = set(a)
    exec(f"c {operator} b")
    print(operator, sorted(c, key=repr))
big = set(range(0, 300, 3))
print(sorted(big & set(range(0, 300, 5))) == list(range(0, 300, 15)), len(big | set(range(1000))), len(big - set(range(150))))


class Key:
    def __init__(self, value):
        self.value = value

    def __hash__(self):
        return hash(self.value % 3)

    def __eq__(self, other):
        return isinstance(other, Key) and other.value == self.value

    def __repr__(self):
        return f"Key({self.value})"


x = {Key(1), Key(2), Key(3), Key(4)}
y = {Key(2), Key(3), Key(5)}
print(sorted(map(repr, x & y)), sorted(map(repr, x | y)), sorted(map(repr, x - y)), sorted(map(repr, x ^ y)))
print(x <= y, {Key(2)} <= x, {Key(7)} <= x)
