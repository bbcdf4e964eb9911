# Globals, builtins and attributes that change while a traced loop runs.
SCALE = 2

def scaled(n):
    total = 0
    global SCALE
    for i in range(n):
        total += i * SCALE
        if i == n // 2:
            SCALE = 3
    return total
print(scaled(4000), SCALE)

def shadow_builtin(n):
    out = 0
    for i in range(n):
        out += abs(-i)
        if i == 2000:
            globals()["abs"] = lambda x: 0
    del globals()["abs"]
    return out
print(shadow_builtin(3000))

def deleted_global(n):
    global GONE
    GONE = 1
    total = 0
    try:
        for i in range(n):
            total += GONE
            if i == 1500:
                del GONE
    except NameError as e:
        print("NameError:", e)
    return total
print(deleted_global(3000))

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

def sum_x(points):
    s = 0
    for p in points:
        s += p.x + p.y
    return s

pts = [Point(i, 1) for i in range(3000)]
print(sum_x(pts))
pts[2000].z = 5          # a different shape from here on
del pts[2500].y          # an attribute missing: AttributeError
try:
    print(sum_x(pts))
except AttributeError as e:
    print("AttributeError:", e)

class Base:
    pass
class Other:
    x = 100
    y = 7
    def __init__(self):
        pass

def class_changes(points):
    s = 0
    for i, p in enumerate(points):
        s += p.x
        if i == 1000:
            Point.x = property(lambda self: -1)   # a data descriptor now shadows the instance attribute
        if i == 2000:
            del Point.x
            p.__class__ = Other
    return s

pts = [Point(i, 1) for i in range(3000)]
print(class_changes(pts))

class Slotted:
    __slots__ = ("a",)
    def __init__(self, a):
        self.a = a
def slotted_sum(items):
    s = 0
    for o in items:
        s += o.a
    return s
print(slotted_sum([Slotted(i) for i in range(3000)]))

def mixed_kinds(items):
    s = 0
    for o in items:
        s += o.real
    return s
print(mixed_kinds([1, 2.5, True] * 1000))
