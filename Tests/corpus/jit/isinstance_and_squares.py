# isinstance() and `x ** 2` in hot loops: both compile to constants and
# multiplications after guards, so types that change, metaclasses with
# __instancecheck__, __bases__ assigned mid-loop, squares that overflow into
# big ints or past the float range must all give what the interpreter gives.


class A:
    pass


class B(A):
    pass


class C:
    pass


class Meta(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int) and obj % 2 == 0


class Even(metaclass=Meta):
    pass


items = [A(), B(), C(), 3, 2.5, "s", None, True]
counts = [0] * 6
for i in range(4000):
    x = items[i % 8] if i > 1000 else items[i % 2]
    counts[0] += isinstance(x, A)
    counts[1] += isinstance(x, B)
    counts[2] += isinstance(x, (int, float))
    counts[3] += isinstance(x, int)
    counts[4] += isinstance(i, Even)
    counts[5] += isinstance(x, object)
print(counts)


class Base1:
    pass


class Base2:
    pass


class Child(Base1):
    pass


seen = 0
c = Child()
for i in range(3000):
    if i == 1500:
        Child.__bases__ = (Base2,)
    seen += isinstance(c, Base1) * 10 + isinstance(c, Base2)
print(seen)

total = 0
for i in range(3000):
    total += (i * 1000003) ** 2           # past small ints: big ints
print(total)

ftotal = 0.0
errors = 0
for i in range(3000):
    x = 1.5 * i if i != 2000 else 1e200
    try:
        ftotal += x ** 2
    except OverflowError as e:
        errors += 1
        msg = str(e)
print(ftotal, errors, msg)
print(float("inf") ** 2, float("nan") ** 2, (-3.5) ** 2, (-7) ** 2, 2 ** 2.0)
