class A:
    def who(self): return "A"
class B:
    def who(self): return "B"
    def only_b(self): return "only B"
class C(A): pass
class D(C): pass
d = D()
print(d.who(), D.__mro__)
C.__bases__ = (B,)
print(d.who(), d.only_b(), D.__mro__, C.__bases__)
C.__bases__ = (A, B)
print(d.who(), D.__mro__)
for bad in [5, (), (5,), (D,), (int,), (C,)]:
    try:
        C.__bases__ = bad
    except TypeError as e:
        print("TypeError:", e)
print(C.__mro__)
try:
    int.__bases__ = (object,)
except TypeError as e:
    print("TypeError:", e)
class L(list): pass
try:
    C.__bases__ = (L,)
except TypeError as e:
    print("TypeError:", e)
print(issubclass(D, B), isinstance(d, A), B.__subclasses__(), A.__subclasses__())

class Base:
    pass
class Child(Base):
    pass
child = Child()
try:
    child.missing
except AttributeError as e:
    print("AttributeError:", e)
Base.__getattr__ = lambda self, name: "computed " + name
print(child.missing)
del Base.__getattr__
try:
    child.missing
except AttributeError as e:
    print("AttributeError:", e)

class Left:
    def step(self): return 1
class Right:
    def step(self): return 10
class Mover(Left):
    pass
m = Mover()
total = 0
for k in range(300):
    if k % 100 == 50:
        Mover.__bases__ = (Right,) if Mover.__bases__ == (Left,) else (Left,)
    total += m.step()
print(total, Mover.__bases__)
