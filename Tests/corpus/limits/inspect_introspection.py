# inspect over Tern's functions, classes, frames and source files.
import inspect


def f(a, b: int = 2, *args, c, d=4, **kw) -> str:
    """Doc of f.

    More lines."""
    return str(a)


class C:
    """A class."""
    x = 1

    def m(self, y):
        return y

    @property
    def p(self):
        return 3

    @staticmethod
    def s():
        pass

    @classmethod
    def k(cls):
        pass


def gen():
    yield 1


async def coro():
    pass


print(inspect.signature(f))
print(list(inspect.signature(f).parameters))
print([(p.name, p.kind.name, p.default) for p in inspect.signature(f).parameters.values()])
print(inspect.signature(f).return_annotation, inspect.signature(C.m), inspect.signature(C().m))
print(inspect.signature(lambda x, /, y=1: 0), inspect.signature(C))
bound = inspect.signature(f).bind(1, 2, 3, c=5, z=6)
print(bound.arguments)
bound.apply_defaults()
print(bound.args, bound.kwargs)
try:
    inspect.signature(f).bind(1)
except TypeError as error:
    print("TypeError", error)
print(inspect.getsource(f), end="")
print(inspect.getsource(C.m), end="")
lines, start = inspect.getsourcelines(C.p.fget)
print(start, len(lines))
print(inspect.getdoc(f))
print(inspect.getdoc(C), inspect.getcomments(f))
print([name for name, value in inspect.getmembers(C) if not name.startswith("__")])
print([name for name, value in inspect.getmembers(C, inspect.isfunction)])
print(inspect.isclass(C), inspect.isfunction(f), inspect.ismethod(C().m), inspect.ismodule(inspect))
print(inspect.isgeneratorfunction(gen), inspect.iscoroutinefunction(coro), inspect.isbuiltin(len))
print(inspect.getmodule(f).__name__, inspect.getfile(f) == __file__, inspect.getmodulename(__file__))
print(inspect.getfullargspec(f))
print(inspect.getmro(bool))
print(inspect.cleandoc("  a\n    b\n  c"))
frame = inspect.currentframe()
print(frame.f_code.co_name, frame.f_lineno, inspect.getouterframes is not None)
print(inspect.unwrap(f) is f, inspect.isdatadescriptor(C.__dict__["p"]))
print(inspect.Parameter("q", inspect.Parameter.KEYWORD_ONLY, default=3))
print(inspect.formatannotation(int), inspect.formatannotation(list[int]))
