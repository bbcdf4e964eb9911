# types.SimpleNamespace, which CPython's `types` module takes from
# type(sys.implementation): construction from keywords, attributes, repr,
# equality, subclasses, pickling's reduce and the errors.
import sys
import types

SimpleNamespace = types.SimpleNamespace
print(SimpleNamespace, SimpleNamespace.__name__, SimpleNamespace.__module__)
print(type(sys.implementation) is SimpleNamespace, isinstance(sys.implementation.cache_tag, str))

empty = SimpleNamespace()
print(empty, vars(empty))
point = SimpleNamespace(x=1, y="two", z=[3])
print(point, point.x, point.y, point.z)
point.w = 4.5
del point.x
print(point, sorted(vars(point)))
point.__dict__["added"] = None
print(repr(point))

print(SimpleNamespace(a=1) == SimpleNamespace(a=1), SimpleNamespace(a=1) != SimpleNamespace(a=2))
print(SimpleNamespace(a=1) == {"a": 1}, SimpleNamespace() != 3)
print(SimpleNamespace(**{"k": "v", "n": 2}))

recursive = SimpleNamespace(name="loop")
recursive.me = recursive
print(recursive)
inside_list = SimpleNamespace(items=[])
inside_list.items.append(inside_list)
print(inside_list)


class Sub(SimpleNamespace):
    def total(self):
        return sum(vars(self).values())


sub = Sub(a=1, b=2)
print(sub, sub.total(), sub == SimpleNamespace(a=1, b=2), isinstance(sub, SimpleNamespace))
cls, args, state = sub.__reduce__()
print(cls.__name__, args, state)
rebuilt = cls(*args)
rebuilt.__dict__.update(state)
print(rebuilt == sub)

for bad in (lambda: SimpleNamespace(1), lambda: SimpleNamespace({"a": 1})):
    try:
        bad()
    except TypeError as error:
        print("TypeError:", error)
try:
    hash(empty)
except TypeError as error:
    # Not the message: CPython names the type 'types.SimpleNamespace' there, Tern 'SimpleNamespace'.
    print("unhashable:", type(error).__name__)
print(getattr(empty, "missing", "no attribute"), hasattr(point, "y"))
