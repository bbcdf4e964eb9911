# 100 000 objects with weak references: enough allocation that minor collections
# happen during the loop. Every tenth reference is kept (its object dies young and
# its callback runs); the others die with their object, without a callback.
import _weakref, gc

class Item:
    def __init__(self, value):
        self.value = value
        self.payload = [value] * 4

died = []
refs = []
kept = []
cache = {}

def remove(r):
    died.append(r)
    _weakref._remove_dead_weakref(cache, r.key)

class KeyedRef(_weakref.ref):
    __slots__ = ('key',)
    def __new__(cls, ob, callback, key):
        self = super().__new__(cls, ob, callback)
        self.key = key
        return self
    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)

for i in range(100000):
    item = Item(i)
    r = KeyedRef(item, remove, i)
    if i % 10 == 0:
        refs.append(r)
        cache[i] = r
    if i % 1000 == 0:
        kept.append(item)
    # The reference goes first, so that CPython does not call the callbacks of the others either.
    del r
del item
gc.collect()

alive = [r for r in refs if r() is not None]
print(len(refs), len(alive), [r().value for r in alive][:5], len(died))
print(all(r() is None for r in died), len(set(r.key for r in died)))
print(sorted(cache)[:5], len(cache))
print(sum(r().value for r in alive) == sum(range(0, 100000, 1000)))
del kept[::2]
gc.collect()
print(len([r for r in refs if r() is not None]), len(died), len(cache))
