class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": 1}
    def __new__(mcls, name, bases, ns, **kw):
        print("meta new", name, sorted(k for k in ns if not k.startswith("__")), kw)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print("meta init", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *a, **k):
        print("meta call", cls.__name__, a, k)
        return super().__call__(*a, **k)
class A(metaclass=Meta, flag=True):
    x = 1
    def __init__(self, v=0): self.v = v
a = A(5)
print(a.v, A.injected, type(A).__name__)
class Base:
    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
class Sub(Base, tag="t"):
    pass
print(Sub.tag)
class Desc:
    def __set_name__(self, owner, name):
        self.name = name
        print("set_name", owner.__name__, name)
    def __get__(self, obj, owner=None):
        if obj is None: return self
        return obj.__dict__.get(self.name, "unset")
    def __set__(self, obj, value):
        obj.__dict__[self.name] = value * 2
class H:
    d = Desc()
h = H()
print(h.d); h.d = 4; print(h.d, vars(h))
class G:
    def __class_getitem__(cls, item):
        return f"G[{item.__name__}]"
print(G[int])
class S:
    __slots__ = ("a", "b")
    def __init__(self): self.a = 1
s = S(); print(s.a, S.__slots__)
class Private:
    def __init__(self): self.__p = 1
    def get(self): return self.__p
p = Private(); print(p.get(), p._Private__p, "__p" in dir(p), sorted(vars(p)))
class GA:
    def __getattribute__(self, name):
        if name == "magic": return 42
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return "fallback " + name
g = GA(); g.real = 1
print(g.magic, g.real, g.other)
class SA:
    def __setattr__(self, name, value):
        super().__setattr__(name, value * 10)
    def __delattr__(self, name):
        print("del", name); super().__delattr__(name)
sa = SA(); sa.x = 2; print(sa.x); del sa.x; print(hasattr(sa, "x"))
d = vars(sa); sa.y = 1; print(d, sa.__dict__ is d)
sa.__dict__.clear(); print(hasattr(sa, "y"))
def f(a, b: int = 2, *, c=3) -> str:
    "doc here"
    return a
print(f.__defaults__, f.__kwdefaults__, f.__annotations__, f.__doc__, f.__name__, f.__qualname__)
f.__defaults__ = (9,)
try:
    f()
except TypeError as e: print(e)
print(f(1), f.__defaults__)
lam = lambda: 0
print(lam.__doc__, lam.__name__)
