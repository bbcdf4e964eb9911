# A dict subclass that keeps dict's own __getitem__/__setitem__ is indexed natively
# (the VM keeps dict's two methods once found to compare with); a method assigned
# to the class after such indexing, or deleted again, takes effect at once.
# (subclass_subscripts.py covers the classes that define them from the start.)
import collections

class Tally(dict):
    def __missing__(self, key):
        return 0

tally = Tally()
for word in "a b a c b a".split():
    tally[word] += 1
print(sorted(tally.items()), tally["zzz"])

def shouting_getitem(self, key):
    return str(dict.__getitem__(self, key)).upper() + "!"
tally["word"] = "hi"
print(tally["word"])
Tally.__getitem__ = shouting_getitem
print(tally["word"], tally["a"])
del Tally.__getitem__
print(tally["word"], tally["absent"])

def tagging_setitem(self, key, value):
    dict.__setitem__(self, key, (value, "tagged"))
Tally.__setitem__ = tagging_setitem
tally["y"] = 3
print(tally["y"])
del Tally.__setitem__
tally["y"] = 4
print(tally["y"])

# Counter and defaultdict keep dict's methods: their subscripts stay native.
counts = collections.Counter("abracadabra")
groups = collections.defaultdict(list)
for letter in "abracadabra":
    groups[counts[letter]].append(letter)
print(counts["a"], counts["z"], sorted(groups.items()))
