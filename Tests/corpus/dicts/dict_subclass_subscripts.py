# Subscripts of dict subclasses: a class that keeps dict's own __getitem__ and
# __setitem__ (Counter, defaultdict, a plain subclass) indexes natively, __missing__
# included; one that defines them, or gets them assigned later, is called.
import collections

class Plain(dict):
    pass

class Missing(dict):
    def __missing__(self, key):
        return ("missing", key)

class Logged(dict):
    def __getitem__(self, key):
        print("Logged.__getitem__", key)
        return dict.__getitem__(self, key)
    def __setitem__(self, key, value):
        print("Logged.__setitem__", key, value)
        dict.__setitem__(self, key, value * 2)

counts = collections.Counter()
groups = collections.defaultdict(list)
plain, missing, logged = Plain(), Missing(), Logged()
for word in "a b a c b a".split():
    counts[word] += 1
    groups[len(word)].append(word)
    plain[word] = plain.get(word, 0) + 1
print(sorted(counts.items()), dict(groups), sorted(plain.items()))
print(counts["zzz"], missing["x"], groups[5])
logged["k"] = 1
print(logged["k"])
try:
    plain["nope"]
except KeyError as error:
    print("KeyError", error)

# A method assigned after the class has been indexed natively is used from then on.
def shouting_getitem(self, key):
    return str(dict.__getitem__(self, key)).upper() + "!"
plain["word"] = "hi"
print(plain["word"])
Plain.__getitem__ = shouting_getitem
print(plain["word"])
del Plain.__getitem__
print(plain["word"])

def counting_setitem(self, key, value):
    dict.__setitem__(self, key, (value, "set"))
Missing.__setitem__ = counting_setitem
missing["y"] = 3
print(missing["y"], missing["absent"])
