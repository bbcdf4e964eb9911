class Greeter:
    def greet(self):
        return 1

g = Greeter()
total = 0
for i in range(6000):
    if i == 2000:
        Greeter.greet = lambda self: 10
    if i == 4000:
        g.greet = lambda: 100
    total += g.greet()
print(total)
class Base:
    def value(self):
        return 1
class Child(Base):
    pass
child = Child()
acc = 0
for i in range(3000):
    if i == 1000:
        Child.value = lambda self: 5
    if i == 2000:
        del Child.value
        Base.value = lambda self: 7
    acc += child.value()
print(acc)
class Limits:
    maximum = 10
hits = 0
for i in range(3000):
    if i == 1500:
        Limits.maximum = 1000
    if i % 100 < Limits.maximum:
        hits += 1
print(hits)
