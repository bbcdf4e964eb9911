# member_descriptor objects come only from class creation; object.__new__ refuses builtin
# classes (and their subclasses) that make their instances with a __new__ of their own.
class P:
    __slots__ = ('x',)
M = type(P.x)
try:
    M()
except TypeError as e:
    print('TypeError:', e)
class F(float):
    pass
for t in (M, F, float, type(None), ValueError):
    try:
        object.__new__(t)
        print('made', t.__name__)
    except TypeError as e:
        print('TypeError:', e)
class Plain:
    pass
print(type(object.__new__(Plain)).__name__)
