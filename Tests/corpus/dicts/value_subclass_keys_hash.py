# Instances of int, float and str subclasses (enum members, re's opcode constants) keep
# their base's hash and find equal keys; a class that later sets or drops __hash__ is seen.
import enum
class Op(int):
    def __new__(cls, value, name):
        self = super().__new__(cls, value)
        self.name = name
        return self
    def __repr__(self): return self.name
A, B = Op(1, "A"), Op(2, "B")
codes = {A, B}
print(A in codes, 1 in codes, 2 in {A: "x"}, hash(A) == hash(1), {A: 1}[1], sorted(codes))
big = Op(2**80, "BIG")
print(hash(big) == hash(2**80), big in {2**80}, hash(Op(-1, "M")))
class F(float): pass
class S(str): pass
print(hash(F(1.5)) == hash(1.5), hash(S("abc")) == hash("abc"), S("k") in {"k": 1}, F(2.0) in {2})
class Color(enum.IntFlag):
    R = 1
    G = 2
print({Color.R: "r"}[1], Color.R | Color.G in {3}, hash(Color.G) == 2)
# A class that later defines its own __hash__: the remembered builtin hash is dropped.
print(hash(A))
Op.__hash__ = lambda self: 99
print(hash(A), hash(B), A in {99}, 1 in {A})
del Op.__hash__
print(hash(A))
class E(int):
    def __eq__(self, other): return False
try: hash(E(3))
except TypeError as error: print(error)
