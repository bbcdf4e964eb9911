# functools.partial as CPython's C type: calls, flattening, repr, pickling, state, errors.
import copy, pickle, re
from functools import partial


def text(value):
    return re.sub(r" at 0x[0-9a-f]+", "", repr(value))


def show(*args, **kwargs):
    return args, kwargs


p = partial(show, 1, 2, a=3)
print(p(4, b=5), p(a=9), p())
print(p.func is show, p.args, p.keywords, type(p).__name__, type(p).__module__)
print(text(p))
flat = partial(p, 6, c=7)
print(flat.func is show, flat.args, flat.keywords)
p.tag = "x"
nested = partial(p, 8)
print(nested.func is p, nested.args, p.__dict__)


class Sub(partial):
    pass


s = Sub(show, 1, k=2)
print(s(3), text(s), partial(s, 4).func is show, isinstance(s, partial))
reduced = p.__reduce__()
print(reduced[0] is partial, reduced[1] == (show,), reduced[2] == (show, (1, 2), {"a": 3}, {"tag": "x"}))
print(partial(show).__reduce__()[2][3])
again = pickle.loads(pickle.dumps(partial(max, 3, key=abs)))
print(again(-5, 1), again.args, again.keywords)
c = copy.deepcopy(p)
print(c(0), c.tag, c.keywords is p.keywords)

q = partial(show)
q.__setstate__((min, (1,), None, None))
print(q.func is min, q.args, q.keywords, q.__dict__)
q.__setstate__((show, (1,), {"z": 1}, {"w": 2}))
print(q(), q.w)
for state in [(show, (), {}), (show, (), {}, {}, None), [show, (), {}, None], (None, (), {}, None),
              (show, None, {}, None), (show, [], {}, None), (show, (), [], None)]:
    try:
        q.__setstate__(state)
    except TypeError as e:
        print("TypeError", e)

for attempt in (lambda: partial(), lambda: partial(1), lambda: partial.__new__(partial)):
    try:
        attempt()
    except TypeError as e:
        print("TypeError", e)
for name, value in (("func", max), ("args", ()), ("keywords", {})):
    try:
        setattr(p, name, value)
    except AttributeError:
        print("AttributeError", name)

r = partial(show)
r.keywords[1234] = "value"
print(text(r))
try:
    r()
except TypeError as e:
    print("TypeError", e)
loop = partial(show)
loop.__setstate__((show, (loop,), {}, None))
print(text(loop))
print(partial[int])


class Method:
    f = partial(show, "bound?")


print(Method().f())
