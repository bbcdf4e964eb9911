# Function attributes CPython makes members (__globals__, __closure__): their class is
# types.MemberDescriptorType, by which dataclasses tells a slot from a default.
def outer():
    x = 1
    def inner(): return x
    return inner
f = outer()
print(f.__closure__[0].cell_contents, outer.__closure__, f.__globals__ is globals())
FT = type(f)
print(FT.__globals__, FT.__closure__, FT.__globals__.__get__(f) is globals())
print(FT.__globals__.__objclass__, FT.__globals__.__name__, FT.__closure__.__qualname__)
try: FT.__globals__.__get__(3)
except TypeError as e: print(e)
import types, dataclasses
print(isinstance(FT.__globals__, types.MemberDescriptorType))
@dataclasses.dataclass(slots=True)
class C:
    x: int
    y: int = 2
print(C(1), C.__slots__)
@dataclasses.dataclass
class D:
    __slots__ = ('x',)
    x: int
try: D()
except TypeError as e: print(e)
print(D(5).x)
def f(): pass
for n in ["__globals__","__closure__"]:
    try: setattr(f, n, {})
    except AttributeError as e: print(n, e)
    try: delattr(f, n)
    except AttributeError as e: print(n, e)
