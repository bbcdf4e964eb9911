class A:
    x = 1
    def m(self): return "A.m"
class B(A): pass
class C(B): pass
class D: 
    y = 5
    def m(self): return "D.m"
class E(B, D): pass
objs = [A(), B(), C(), D(), E()]
def show():
    return [(type(o).__name__, o.m(), getattr(o, 'x', None), getattr(o, 'y', None)) for o in objs]
for round in range(3):
    print(show())
    A.x += 1
    if round == 1:
        A.m = lambda self: "new A.m"
        D.y = 7
        B.m = lambda self: "B.m"
    if round == 2:
        del B.m
print(show())
del A.m
print([hasattr(o, 'm') for o in objs])
class Counter:
    count = 0
    def bump(self):
        Counter.count += 1
        return self.count
c = Counter()
print(sum(c.bump() for _ in range(1000)))
