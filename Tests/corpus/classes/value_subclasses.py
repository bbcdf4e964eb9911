# Subclasses of int, float, str and bytes: instances carry their class, attributes and
# own methods, and the base type's operators, methods and conversions see their value.
class I(int):
    def double(self): return self * 2
class F(float):
    pass
class S(str):
    def shout(self): return self.upper() + "!"
class B(bytes):
    pass
i, f, s, b = I(7), F(2.5), S("hello"), B(b"xy")
print(type(i).__name__, i, repr(i), i + 1, 1 + i, i * i, -i, abs(I(-3)), i // 2, i % 4, divmod(i, 3), i ** 2, pow(i, 2, 5))
print(i == 7, 7 == i, i < 8, 8 > i, hash(i) == hash(7), {7: "a"}[i], {i: "b"}[7], bool(I(0)), int(i), type(int(i)).__name__)
print(i.double(), type(i.double()).__name__, i.bit_length(), i.to_bytes(2, "big"), f"{i:05d}", "%d" % i, "%s" % i, str(i), format(i, "x"))
print(i & 3, i | 8, i ^ 1, i << 2, i >> 1, ~i, float(i), round(I(15), -1), isinstance(i, int), issubclass(I, int))
print(type(f).__name__, f, repr(f), f + 1, 1 + f, f * 2, f / 2, f.is_integer(), float(f), type(float(f)).__name__, int(f), round(f), f"{f:.2f}", f == 2.5, f < 3)
print(type(s).__name__, s, repr(s), s + "!", "!" + s, s * 2, s.upper(), type(s.upper()).__name__, len(s), s[1], s[1:3], "ell" in s, s.shout(), s == "hello", "hello" == s, hash(s) == hash("hello"))
print({"hello": 1}[s], {s: 2}["hello"], s.split("l"), "-".join([s, s]), f"{s}", "%s" % s, s.startswith("he"), s.replace("l", "L"), sorted([S("b"), S("a")]), str(s), type(str(s)).__name__)
print(list(s), s.encode(), s.find("l"), s.count("l"), s.center(9, "*"), s < "i", s.format(), max(S("a"), "b"), int(S("12")), float(S("1.5")))
print(type(b).__name__, b, repr(b), b + b"z", len(b), b[0], b.decode(), b == b"xy", b.hex(), bytes(b), type(bytes(b)).__name__)
i.extra = 1
print(i.extra, vars(i), I.__mro__)
class Meters(float):
    def __new__(cls, value, unit="m"):
        self = super().__new__(cls, value)
        self.unit = unit
        return self
    def __repr__(self): return f"{float(self)}{self.unit}"
m = Meters(3.5, "km")
print(m, m + 1, [m], m.unit)
class Upper(str):
    def __new__(cls, text):
        return super().__new__(cls, text.upper())
u = Upper("abc")
print(u, type(u).__name__, u.lower(), isinstance(u, str))
class Flags(int):
    def __repr__(self): return f"Flags({int(self)})"
    def __or__(self, other): return Flags(int(self) | int(other))
print(Flags(1) | Flags(2), Flags(1) | 4, 4 | Flags(1))
try:
    int.__new__(str, 5)
except TypeError as e: print(e)
try:
    float.__new__(int)
except TypeError as e: print(e)
print(str.__new__(S, "x"), type(str.__new__(S, "x")).__name__, int.__new__(I), type(int.__new__(I)).__name__)
import math
print(math.sqrt(I(16)), math.floor(F(2.7)), sum([I(1), I(2)]), min(I(3), 2), max([F(1.5), 2]), abs(F(-1.5)), sorted([I(3), 1, F(2.0)]))
print(range(I(3)), [0, 1, 2, 3][I(2)], "abc"[I(1)], chr(I(65)), hex(I(255)), bin(I(5)))


def hot_loop():
    # Instances of subclasses in a loop the JIT compiles: the type guards see the subclass.
    total = 0
    values = [I(3), 4, F(0.5), I(-1)]
    for round_number in range(3000):
        for value in values:
            total += value * 2
    names = [S("x"), "y"]
    joined = 0
    for round_number in range(2000):
        for name in names:
            joined += len(name + "!")
    return total, joined


print(hot_loop())

# A builtin subclass with its own layout is not made by its base's __new__.
for make in (lambda: int.__new__(bool, 5), lambda: float.__new__(bool, 1.0), lambda: str.__new__(bytes, "x")):
    try:
        make()
    except TypeError as error:
        print(error)
