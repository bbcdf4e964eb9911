# popitem takes the last entry (LIFO); after it, the dict's order, lookups, inserts,
# deletions and iteration are what they would be had the popped keys never been there,
# and a dict emptied by popitem is empty. OrderedDict.popitem follows dict's.
import collections

d = {key: key * key for key in range(8)}
print(d.popitem(), d.popitem(), d)
d[100] = "new"
d[6] = "back"
print(d, list(d), list(d.values()))
print(d.popitem(), d.popitem(), d.popitem(), d)
del d[0]
d[0] = "again"
print(d, 0 in d, 6 in d, d.get(7))

emptied = dict.fromkeys("abcdefghij", 1)
popped = []
while emptied:
    popped.append(emptied.popitem()[0])
print("".join(popped), emptied, len(emptied))
emptied["z"] = 26
print(emptied, emptied.popitem(), emptied)
try:
    emptied.popitem()
except KeyError as error:
    print("KeyError:", error)

# Popping while iterating is a size change.
d = dict.fromkeys(range(5))
try:
    for key in d:
        d.popitem()
except RuntimeError as error:
    print("RuntimeError:", error)

# Many keys with the same hash: lookups still find each after pops and inserts.


class Same:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        return 7

    def __eq__(self, other):
        return isinstance(other, Same) and other.name == self.name

    def __repr__(self):
        return self.name


colliding = {Same(name): index for index, name in enumerate("pqrstu")}
print(colliding.popitem(), colliding.popitem())
colliding[Same("v")] = 99
print(colliding, [colliding[Same(name)] for name in "pqrsv"], Same("u") in colliding)

ordered = collections.OrderedDict.fromkeys("abcde")
ordered.move_to_end("b")
print(ordered.popitem(), ordered.popitem(last=False), list(ordered))
ordered["f"] = 6
print(ordered.popitem(), ordered)
while ordered:
    ordered.popitem()
try:
    ordered.popitem()
except KeyError as error:
    print("KeyError:", error)
