# Class attributes read through instances, and properties, while the classes,
# the instances and their shapes change: every read must see the current value.

class Table:
    SIZE = 4
    ROWS = [1, 2, 3]
    name = "table"
    def __init__(self, tag):
        self.tag = tag
    def size(self):
        return self.SIZE
    def rows(self):
        return self.ROWS

t = Table("a")
print([t.size() for _ in range(3)], t.rows())

# The class attribute is reassigned: the next read sees the new value.
Table.SIZE = 5
print(t.size())

# The instance shadows the class attribute with its own, then drops it.
t.SIZE = 6
print(t.size())
del t.SIZE
print(t.size())

# A subclass instance at the same site; then the subclass overrides it.
class Wide(Table):
    pass

w = Wide("b")
def sizes(objects):
    return [o.size() for o in objects]
print(sizes([t, w, t, w]))
Wide.SIZE = 50
print(sizes([t, w, t, w]))
# The base class changes: the subclass that does not override it follows.
class Narrow(Table):
    pass
n = Narrow("c")
print(sizes([n, n]))
Table.SIZE = 7
print(sizes([n, t, w]))
del Wide.SIZE
print(sizes([w]))

# __class__ reassigned.
class Other:
    SIZE = "other"
    def __init__(self):
        self.tag = "o"
    def size(self):
        return self.SIZE
o = Other()
print(Table.size(o), o.size())
o.__class__ = Table
print(o.size())

# Methods and functions as class attributes: bound each time, or not.
class Holder:
    plain = len
    static = staticmethod(lambda x: x * 2)
    def method(self):
        return "bound"
    def get_all(self):
        return self.plain("abc"), self.static(4), self.method()
h = Holder()
print([h.get_all() for _ in range(2)])
print(h.method == h.method, h.method is h.method)

# A value whose class gains __get__ after the reads were cached.
class Late:
    pass
class UsesLate:
    value = Late()
    def read(self):
        return self.value
u = UsesLate()
print([type(u.read()).__name__ for _ in range(2)])
Late.__get__ = lambda self, obj, owner: "from __get__"
print(u.read())

# Properties: cached getters follow the class.
class Point:
    def __init__(self, x):
        self._x = x
    @property
    def x(self):
        return self._x
    def read(self):
        return self.x
p = Point(3)
print([p.read() for _ in range(3)])
Point.x = property(lambda self: self._x * 10)
print(p.read())
Point.x = 99
print(p.read())
p.x = 100
print(p.read())
del Point.x
print(p.read())

# __getattr__ and __getattribute__ added to the class later.
class Hooked:
    LIMIT = 1
    def read(self):
        return self.LIMIT
k = Hooked()
print([k.read() for _ in range(2)])
Hooked.__getattribute__ = lambda self, name: "hooked " + name
print(Hooked.read(k))
del Hooked.__getattribute__
print(k.read())
Hooked.__getattr__ = lambda self, name: "fallback " + name
print(k.read())
del Hooked.LIMIT
print(k.read())

# Instances with many attributes keep them in a dict, not a shape.
class Many:
    DEFAULT = "class default"
    def read(self):
        return self.DEFAULT
m = Many()
for i in range(80):
    setattr(m, "a%d" % i, i)
print([m.read() for _ in range(2)])
m.DEFAULT = "own"
print(m.read())
m.__dict__.pop("DEFAULT")
print(m.read())

# Writing through __dict__ shadows the class attribute.
t2 = Table("d")
print(t2.size())
t2.__dict__["SIZE"] = "via dict"
print(t2.size())

# Attributes read from the class itself.
class Strength:
    REQUIRED = 0
    WEAK = 6
    def stronger(a, b):
        return a < b
    @classmethod
    def make(cls):
        return cls.__name__
    @staticmethod
    def helper():
        return "static"
    class Inner:
        pass

def read_class(c):
    return (c.REQUIRED, c.WEAK, c.stronger(1, 2), c.make(), c.helper(), c.Inner.__name__)
print([read_class(Strength) for _ in range(2)])
Strength.REQUIRED = -1
print(read_class(Strength))
Strength.WEAK = "weak"
print(read_class(Strength))
Strength.stronger = lambda a, b: "replaced"
print(read_class(Strength))

class Stronger(Strength):
    pass
print(read_class(Stronger))
Strength.REQUIRED = -2
print(read_class(Stronger))
Stronger.REQUIRED = "own"
print(read_class(Stronger), read_class(Strength))
del Stronger.REQUIRED
print(read_class(Stronger))

# A metaclass with its own attributes and a data descriptor.
class Meta(type):
    @property
    def REQUIRED(cls):
        return "from the metaclass"
class WithMeta(metaclass=Meta):
    REQUIRED = "class"
    WEAK = 1
    def stronger(a, b):
        return None
    make = helper = stronger
    Inner = Strength.Inner
print([WithMeta.REQUIRED for _ in range(2)], [WithMeta.WEAK for _ in range(2)])
print([c.WEAK for c in (Strength, WithMeta, Stronger, WithMeta)])

# A cached property getter whose code becomes a generator's.
class Lazy:
    @property
    def x(self):
        return 1
    def read(self):
        return self.x
z = Lazy()
print([z.read() for _ in range(3)])
def produce(self):
    yield 5
Lazy.x.fget.__code__ = produce.__code__
r = z.read()
print(type(r).__name__, list(r))
