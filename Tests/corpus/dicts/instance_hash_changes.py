# Instances hash by identity until their class (or a base) gets a __hash__; a class
# given one later, or losing it, hashes its instances the new way at once.
class Base:
    pass

class Node(Base):
    def __init__(self, name):
        self.name = name

a, b = Node("a"), Node("a")
table = {a: 1}
print(a in table, b in table, hash(a) == hash(b))

Base.__hash__ = lambda self: 7
Base.__eq__ = lambda self, other: self.name == other.name
print(hash(a), hash(b), b in table, b in {a: 1})

Node.__hash__ = lambda self: len(self.name) * 100
print(hash(a), b in {a: 1})

del Node.__hash__
print(hash(b))

Node.__hash__ = None
try:
    hash(a)
except TypeError as error:
    print("TypeError:", error)

class Plain:
    pass

keys = [Plain() for _ in range(5)]
seen = {key: index for index, key in enumerate(keys)}
print([seen[key] for key in keys], len(set(keys) | set(keys)))

class Switched:
    def __hash__(self):
        return 3

c = Plain()
before = hash(c) == object.__hash__(c)
c.__class__ = Switched
print(before, hash(c))
