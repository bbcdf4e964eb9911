# Slots along a class hierarchy, and the instance layouts bases must share.
class Base:
    __slots__ = ('a',)
class Child(Base):
    __slots__ = ('b',)
class Open(Base):
    pass

c = Child()
c.a, c.b = 1, 2
print(c.a, c.b, Child.a is Base.a, 'a' in Child.__dict__, Child.b)
try:
    c.z = 3
except AttributeError as e:
    print('AttributeError:', e)
o = Open()
o.a, o.z = 1, 2
print(o.a, o.z, o.__dict__.get('z'))

class Left:
    __slots__ = ('l',)
class Right:
    __slots__ = ('r',)
class Empty:
    __slots__ = ()
class Plain:
    pass
for bases in [(Left, Right), (Left, Empty), (Empty, Right), (Left, Plain), (Child, Base),
              (Base, Child), (Left, list), (list, Empty), (Child, Left)]:
    try:
        made = type('M', bases, {})
        print([k.__name__ for k in made.__mro__])
    except TypeError as e:
        print('TypeError:', e)

# A subclass of a builtin with its own layout gets its slots too.
class Tagged(list):
    __slots__ = ('tag',)
t = Tagged([1, 2])
t.tag = 'T'
print(t, t.tag, Tagged.tag)
try:
    t.other = 1
except AttributeError as e:
    print('AttributeError:', e)
class Problem(Exception):
    __slots__ = ('code',)
p = Problem('bad')
p.code = 4
p.extra = 5
print(p, p.code, p.extra, Problem.code)

# super() and the descriptor reach a base's slot.
class Reader(Child):
    __slots__ = ()
    def base_a(self):
        return super().a
r = Reader()
r.a = 'from base'
print(r.base_a(), Base.a.__get__(r))

# __class__ may change between classes with the same slots.
class Twin(Base):
    __slots__ = ('b',)
c.__class__ = Twin
print(type(c).__name__, c.a, c.b)
try:
    c.__class__ = Open
except TypeError as e:
    print('TypeError:', e)
