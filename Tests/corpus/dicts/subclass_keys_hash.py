# Instances of tuple and str subclasses as dict and set keys: the inherited
# __hash__ hashes like the base value; an overriding __hash__ is called, even
# for an item inside a tuple; __eq__ without __hash__ makes instances unhashable.
import collections

Point = collections.namedtuple("Point", "x y")
State = collections.namedtuple("State", "point label depth")


class Name(str):
    pass


class Pair(tuple):
    pass


class Fixed(tuple):
    def __hash__(self):
        return 7


class Loud(str):
    calls = 0

    def __hash__(self):
        Loud.calls += 1
        return super().__hash__()


class Equal(tuple):
    def __eq__(self, other):
        return True


print(hash(Point(1, 2)) == hash((1, 2)), hash(Name("abc")) == hash("abc"))
print(hash(Pair((1, "a", None))) == hash((1, "a", None)))
print(hash(State(Point(0, 1), Name("s"), 3)) == hash(((0, 1), "s", 3)))
print(Point(1, 2).__hash__() == hash((1, 2)), Name("q").__hash__() == hash("q"))
print(hash(Fixed((1, 2))), hash((Fixed(()), 1)) == hash((7, 1)))

table = {}
for x in range(30):
    for y in range(30):
        table[State(Point(x, y), Name("n%d" % (x % 3)), x * y)] = x - y
print(len(table), table[((4, 5), "n1", 20)], table[State(Point(29, 1), "n2", 29)])
print(sum(table[key] for key in table if key.point.x == 3))

loud = {Loud("k"): 1}
print(loud[Loud("k")], Loud.calls)
print({(Loud("a"), 1): 2}[("a", 1)], Loud.calls)

for bad in (Equal(()), [Point(1, 2)], (Point(1, [2]),)):
    try:
        hash(bad)
    except TypeError as error:
        print("TypeError:", error)

seen = {Name("x"), "x", Pair((1,)), (1,)}
print(len(seen), sorted(map(str, seen)))


# The hash a class inherits is remembered per class version: changing the class's __hash__
# later (or a base's) takes effect at once.
class Later(tuple):
    pass


class LaterChild(Later):
    pass


key, child = Later((1, 2)), LaterChild((3,))
print(hash(key) == hash((1, 2)), hash(child) == hash((3,)))
Later.__hash__ = lambda self: 42
print(hash(key), hash(child), {key: "a"}[key])
del Later.__hash__
print(hash(key) == hash((1, 2)), hash(child) == hash((3,)))


class Plain:
    pass


thing = Plain()
first = hash(thing)
Plain.__hash__ = lambda self: 5
print(hash(thing), first == hash(thing))
Plain.__hash__ = None
try:
    hash(thing)
except TypeError as error:
    print(error)
