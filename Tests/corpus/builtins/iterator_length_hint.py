# __length_hint__ of the builtin container iterators: the items still to come, 0 when
# exhausted, and 0 for a dict or set iterator whose container changed size.
import operator

values = [1, 2, 3]
it = iter(values)
next(it)
print(it.__length_hint__(), operator.length_hint(it))
values.append(4)
print(it.__length_hint__())
values.clear()
print(it.__length_hint__(), list(it), it.__length_hint__())

it = reversed([1, 2, 3])
next(it)
print(it.__length_hint__())
print(iter((1, 2)).__length_hint__(), iter("abc").__length_hint__(), iter(b"ab").__length_hint__())
r = iter(range(0, 20, 3))
next(r)
print(r.__length_hint__(), iter(range(5, 0)).__length_hint__())

d = {1: 2, 3: 4, 5: 6}
for view in [d, d.values(), d.items()]:
    it = iter(view)
    next(it)
    print(type(it).__name__, it.__length_hint__())
it = iter(d)
d[7] = 8
print(it.__length_hint__())
del d[1]
it = iter(d)
print(it.__length_hint__())

s = {1, 2, 3, 4}
it = iter(s)
next(it)
print(it.__length_hint__())
s.add(10)
print(it.__length_hint__())
print(iter(frozenset("ab")).__length_hint__())
try:
    iter([]).__length_hint__(1)
except TypeError as error:
    print("TypeError:", error)


class Hinted:
    def __init__(self, hint):
        self.hint = hint

    def __length_hint__(self):
        return self.hint


print(operator.length_hint(Hinted(7)), operator.length_hint(Hinted(NotImplemented), 3), operator.length_hint(object(), 5))
for hint in [-1, "x"]:
    try:
        operator.length_hint(Hinted(hint))
    except (TypeError, ValueError) as error:
        print(type(error).__name__, error)
