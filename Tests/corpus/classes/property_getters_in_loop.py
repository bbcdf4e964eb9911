# Property getters that are Python functions run as frames of the interpreter loop: values,
# errors and tracebacks, __getattr__ after an AttributeError, subclasses of property,
# generator and builtin getters, getters with defaults, deep recursion, and changes to the class.
import traceback


class Point:
    def __init__(self, x, y):
        self._x, self._y = x, y

    @property
    def x(self):
        return self._x

    @property
    def norm(self):
        return (self.x ** 2 + self._y ** 2) ** 0.5

    @property
    def broken(self):
        return self.missing_attribute

    @property
    def fails(self):
        raise ValueError("no value")

    def _y_with_default(self, scale=10):
        return self._y * scale

    scaled = property(_y_with_default)
    length = property(len)
    write_only = property(None, lambda self, value: None)


p = Point(3, 4)
print(p.x, p.norm, p.scaled, sum(Point(i, i).x for i in range(100)))
p.__dict__["x"] = "shadow"
print(p.x, p.__dict__["x"])
for name in ["broken", "fails", "length", "write_only"]:
    try:
        print(name, getattr(p, name))
    except Exception as error:
        print(name, type(error).__name__, error)
try:
    p.fails
except ValueError:
    lines = traceback.format_exc().splitlines()
    print([line.strip() for line in lines if line.strip().startswith(("p.fails", "raise", "File"))][-3:][0].split(",")[-1])


class WithGetattr:
    def __getattr__(self, name):
        return "fallback " + name

    @property
    def value(self):
        raise AttributeError("inner")


print(WithGetattr().value)


class Logged(property):
    def __get__(self, instance, owner=None):
        return ("logged", super().__get__(instance, owner))


class UsesLogged:
    @Logged
    def value(self):
        return 7


print(UsesLogged().value)


class GeneratorGetter:
    @property
    def numbers(self):
        yield 1
        yield 2


print(list(GeneratorGetter().numbers))


class Deep:
    @property
    def down(self):
        return self.down


try:
    Deep().down
except RecursionError as error:
    print("RecursionError", error)


class Changing:
    @property
    def value(self):
        return 1


item = Changing()
results = [item.value]
Changing.value = property(lambda self: 2)
results.append(item.value)
del Changing.value
item.value = 3
results.append(item.value)
Changing.value = property(lambda self: 4)
results.append(item.value)
print(results)


class Slotted:
    __slots__ = ("_v",)

    def __init__(self):
        self._v = 5

    @property
    def v(self):
        return self._v + 1


print(Slotted().v)


class Counter:
    calls = 0

    @property
    def tick(self):
        Counter.calls += 1
        return Counter.calls


c = Counter()
total = 0
for _ in range(1000):
    total += c.tick
print(total, Counter.calls)


class Tagged(property):
    pass


class UsesTagged:
    @Tagged
    def a(self):
        return 1

    @a.setter
    def a(self, value):
        print("set", value)


descriptor = UsesTagged.__dict__["a"]
descriptor.note = "attributes on a property subclass"
print(type(descriptor).__name__, isinstance(descriptor, property), descriptor.note, UsesTagged().a, descriptor.fget.__name__)
UsesTagged().a = 5
late = property(None)
Point.late = late
for action in [lambda: Point(1, 2).late, lambda: setattr(Point(1, 2), "late", 1), lambda: delattr(Point(1, 2), "late"),
               lambda: late.__get__(Point(1, 2)), lambda: Point.__dict__["write_only"].__delete__(Point(1, 2))]:
    try:
        action()
    except AttributeError as error:
        print(error)
