# Instances made and given their attributes in hot loops: the trace allocates
# the instance, moves it from shape to shape as __init__ adds attributes, and
# grows its slot array past 4 and 8 attributes. Shapes that diverge (an
# attribute added on some paths only, in another order, deleted) and classes
# that intercept stores must leave the trace or stay with the runtime.


class Small:
    def __init__(self, a, b):
        self.a = a
        self.b = b


class Wide:
    def __init__(self, n):
        self.f0 = n
        self.f1 = n + 1
        self.f2 = n + 2
        self.f3 = n + 3
        self.f4 = n + 4
        self.f5 = n + 5
        self.f6 = n + 6
        self.f7 = n + 7
        self.f8 = n + 8
        self.f9 = n + 9


class Sometimes:
    def __init__(self, i):
        if i % 3 == 0:
            self.first = i
            self.second = -i
        else:
            self.second = i
            self.first = -i
        if i % 5 == 0:
            self.extra = "five"


class Loud:
    def __init__(self, v):
        self.v = v

    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 2 if isinstance(value, int) else value)


total = 0
keep = []
for i in range(5000):
    s = Small(i, str(i))
    w = Wide(i)
    m = Sometimes(i)
    l = Loud(i)
    total += s.a + len(s.b) + w.f9 - w.f0 + m.first + m.second + l.v
    if hasattr(m, "extra"):
        total += len(m.extra)
    if i % 1000 == 0:
        keep.append(w)
        s.later = i          # an attribute added after __init__
        total += s.later
    if i == 2500:
        del w.f3             # a shape nobody recorded
print(total, [vars(k)["f9"] for k in keep])
print(sorted(vars(Sometimes(15))), sorted(vars(Sometimes(4))))


def grow(n):
    # One instance gains attributes in a loop: setattr is left to the runtime,
    # plain stores move it along shapes.
    class Bag:
        pass
    b = Bag()
    for i in range(n):
        b.x = i
        if i == 100:
            b.y = i
        if i == 200:
            b.z = i
    return sorted(vars(b).items())


print(grow(3000))
