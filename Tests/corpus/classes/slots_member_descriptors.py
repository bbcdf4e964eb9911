# Each __slots__ name is a member descriptor in the class's namespace.
class P:
    __slots__ = ('x', 'y')

d = P.__dict__['x']
print(P.x, P.x is d, type(d).__name__, type(d).__module__)
print(d.__name__, d.__qualname__, d.__objclass__, d.__doc__)
print(d.__get__(None, P) is d)
p = P()
try:
    p.x
except AttributeError as e:
    print('AttributeError:', e)
d.__set__(p, 5)
print(p.x, d.__get__(p), d.__get__(p, P))
p.y = 'why'
print(P.y.__get__(p))
d.__delete__(p)
print(hasattr(p, 'x'))
try:
    d.__delete__(p)
except AttributeError as e:
    print('AttributeError:', e)
try:
    del p.x
except AttributeError as e:
    print('AttributeError:', e)

class Q:
    pass
for attempt in (lambda: d.__get__(Q()), lambda: d.__set__(Q(), 1), lambda: d.__delete__(Q()),
                lambda: d.__get__(None), lambda: d.__get__(None, None)):
    try:
        attempt()
    except TypeError as e:
        print('TypeError:', e)

# getattr, setattr, delattr and object's own methods go through the member.
object.__setattr__(p, 'x', 1)
print(getattr(p, 'x'), object.__getattribute__(p, 'x'))
setattr(p, 'x', 2)
print(p.x)
object.__delattr__(p, 'x')
print(getattr(p, 'x', 'empty'))
try:
    p.z = 1
except AttributeError as e:
    print('AttributeError:', e)

# A member taken into another class still reads its own slot; used on a stranger it refuses.
class R(P):
    __slots__ = ()
    alias = P.__dict__['y']
r = R()
r.y = 7
print(r.alias)
class Stranger:
    borrowed = P.__dict__['y']
try:
    Stranger().borrowed
except TypeError as e:
    print('TypeError:', e)

# Replacing the member with a class attribute makes the slot unreachable.
P.x = 5
print(P.x, p.x)
try:
    p.x = 7
except AttributeError as e:
    print('AttributeError:', e)

# An empty slot falls back to __getattr__.
class G:
    __slots__ = ('v',)
    def __getattr__(self, name):
        return 'fallback ' + name
g = G()
print(g.v)
g.v = 1
print(g.v)

import pickle, copy
print(pickle.loads(pickle.dumps(P.y)) is P.y, copy.deepcopy(P.y) is P.y, P.y.__reduce__())
try:
    class Sub(type(P.y)):
        pass
except TypeError as e:
    print('TypeError:', e)
