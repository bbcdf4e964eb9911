import gc

class A:
    kind = "a"
    def who(self):
        return "A.who " + self.name
class B:
    kind = "b"
    def who(self):
        return "B.who " + self.name
class Slotted:
    __slots__ = ("x",)
class OtherSlotted:
    __slots__ = ("y",)

objects = []
for index in range(6):
    obj = A()
    obj.name = str(index)
    objects.append(obj)
for round in range(3):
    print([o.who() for o in objects], [o.kind for o in objects])
    for o in objects[round::2]:
        o.__class__ = B if type(o) is A else A
    gc.collect()
print([type(o).__name__ for o in objects], [isinstance(o, B) for o in objects])

# A class created late, assigned to old objects, then only reachable through them.
def fresh_class(tag):
    class Fresh:
        def who(self):
            return "Fresh " + tag + " " + self.name
    return Fresh
for o in objects[:2]:
    o.__class__ = fresh_class("x")
gc.collect()
junk = [[i] * 3 for i in range(3000)]
gc.collect()
print([o.who() for o in objects[:2]])

for value, target in [(A(), 5), (A(), int), (1, B), (Slotted(), OtherSlotted), (A(), Slotted)]:
    try:
        value.__class__ = target
        print("assigned", type(value).__name__)
    except TypeError as error:
        print("TypeError:", error)

def plus_one(x):
    return x + 1
def times_two(x):
    return x * 2
print(plus_one(5))
plus_one.__code__ = times_two.__code__
print(plus_one(5), plus_one.__name__)
def outer():
    y = 3
    def inner(x):
        return x + y
    return inner
try:
    plus_one.__code__ = outer().__code__
except ValueError as error:
    print("ValueError:", error)
try:
    plus_one.__code__ = 5
except TypeError as error:
    print("TypeError:", error)
total = 0
for k in range(1000):
    f = plus_one if k % 2 else times_two
    if k == 500:
        times_two.__code__ = (lambda x: x - 1).__code__
    total += f(k)
print(total)
