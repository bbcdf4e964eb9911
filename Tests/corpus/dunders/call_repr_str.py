class Multiplier:
    def __init__(self, k):
        self.k = k
    def __call__(self, x, *rest):
        return x * self.k + sum(rest)
    def __repr__(self):
        return f"Multiplier(k={self.k})"
    def __str__(self):
        return f"x{self.k}"

m = Multiplier(3)
print(m(5), m(1, 1, 1), callable(m), callable(Multiplier), callable(5))
print(m, repr(m), str(m), [m], f"{m}|{m!r}", "%s/%r" % (m, m))

class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])

class OnlyStr:
    def __str__(self):
        return "only str"
print(OnlyStr(), str([OnlyStr()]).startswith("[<__main__.OnlyStr object at "))
class BadRepr:
    def __repr__(self):
        return 42
try:
    repr(BadRepr())
except TypeError as error:
    print("TypeError:", error)
