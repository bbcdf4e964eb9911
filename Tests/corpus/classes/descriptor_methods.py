# Functions, property, classmethod and staticmethod answer the descriptor protocol by name.
class A:
    @property
    def p(self):
        return 5

    def f(self):
        return 1

    @classmethod
    def c(cls):
        return cls.__name__

    @staticmethod
    def s(x):
        return x * 2


a = A()
for name in ("p", "f", "c", "s"):
    value = A.__dict__[name]
    print(name, type(value).__name__, hasattr(value, "__get__"), hasattr(value, "__set__"), hasattr(value, "__delete__"))
print(A.__dict__["p"].__get__(a, A), A.__dict__["p"].__get__(None, A) is A.__dict__["p"])
print(A.__dict__["f"].__get__(a)(), A.__dict__["f"].__get__(None, A) is A.__dict__["f"])
print(A.__dict__["c"].__get__(None, A)(), A.__dict__["c"].__get__(a)(), A.__dict__["s"].__get__(a)(4))
print(hasattr(len, "__get__"), hasattr(3, "__get__"))
