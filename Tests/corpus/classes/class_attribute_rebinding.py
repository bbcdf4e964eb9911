# Class attributes rebound while instances' attribute and method caches are warm:
# counters, strs, tuples and containers rebound to plain data, then to descriptors
# and methods, and plain data shadowed by instance attributes.


class Node:
    counter = 0
    label = "node"
    limits = (1, 2)

    def __init__(self, hint):
        Node.counter += 1
        self.number = Node.counter
        self.hint = hint

    def name(self):
        return self.hint + str(self.number)


class Leaf(Node):
    pass


nodes = []
for i in range(300):
    nodes.append(Leaf("v") if i % 3 else Node("n"))
    if i % 50 == 0:
        Node.label = "node" + str(i)
        Node.limits = (i, i + 1)
print(Node.counter, Leaf.counter, nodes[-1].name(), nodes[7].name())
print(Node.label, Leaf.label, nodes[0].label, Leaf.limits)

# Shadowing: an instance attribute wins over plain class data, before and after a rebind.
total = 0
for i, node in enumerate(nodes):
    if i == 100:
        Node.label = 12
    if i == 200:
        nodes[150].label = "own"
    total += len(str(node.label))
print(total, nodes[150].label, nodes[151].label)

# Plain data rebound to a method, a property, and back: every reader sees each change.
seen = []
for step in range(6):
    for node in nodes[:3]:
        try:
            seen.append(node.counter() if callable(node.counter) else node.counter)
        except TypeError as error:
            seen.append(type(error).__name__)
    if step == 1:
        Node.counter = lambda self: -self.number
    elif step == 2:
        Node.counter = property(lambda self: self.number * 10)
    elif step == 3:
        Node.counter = 7
    elif step == 4:
        Node.counter = [1]
print(seen)

# A subclass's own attribute of the same name hides the base's, and rebinding the base does not reach it.
class Base:
    x = 1


class Own(Base):
    x = 2


class Inherits(Base):
    pass


values = []
for i in range(40):
    Base.x = i
    values.append((Own.x, Inherits.x, Own().x, Inherits().x))
print(values[0], values[-1])

# Rebinding to and from None, floats, big ints, dicts and sets.
class Config:
    value = None


for value in [1.5, 10 ** 30, {"a": 1}, {3}, frozenset([4]), b"x", None, True]:
    Config.value = value
    print(Config().value, Config.value)

# A name that holds a class, then plain data: calls through instances follow it.
class Factory:
    make = list


f = Factory()
results = []
for i in range(5):
    try:
        results.append(f.make())
    except TypeError as error:
        results.append(str(error))
    if i == 2:
        Factory.make = 3
print(results)

# Dunder class attributes still change behaviour at once.
class Hashed:
    __hash__ = object.__hash__


h = Hashed()
seen_hash = {h: 1}
Hashed.__hash__ = None
try:
    hash(h)
except TypeError as error:
    print(error)
