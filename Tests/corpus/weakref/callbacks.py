# Callbacks run after the collection that clears their reference, newest first for
# one referent, with the dead reference as argument; an exception in one is printed
# and ignored; weak references to an object in a collected cycle are cleared before
# its __del__ runs.
import _weakref, gc
ref = _weakref.ref
class C:
    pass
log = []
o = C()
r0 = ref(o)
r1 = ref(o, lambda r: log.append('first'))
r2 = ref(o, lambda r: log.append('second'))
r3 = ref(o, lambda r: log.append('third'))
p = _weakref.proxy(o)
print(_weakref.getweakrefcount(o))
refs = _weakref.getweakrefs(o)
print([refs.index(x) for x in (r0, p, r3, r2, r1)])
del refs
del o
gc.collect()
print(log)
print(r1.__callback__, r0.__callback__)
# exception in a callback
class Failing:
    # A fixed repr: CPython names the callback in "Exception ignored in: ...".
    def __repr__(self):
        return '<failing callback>'
    def __call__(self, r):
        raise ValueError('boom in callback')
bad = Failing()
o = C()
rb = ref(o, bad)
print('before')
del o
gc.collect()
print('after')
# callback resurrecting nothing, receiving the weakref
o = C()
seen = []
rr = ref(o, seen.append)
del o
gc.collect()
print(seen[0] is rr, rr())
# a weakref to an object with __del__: cleared before __del__ runs
class D:
    def __del__(self):
        print('__del__ runs; weakref cleared:', wd() is None)
d = D()
d.cycle = d  # In CPython a collected cycle clears weak references before __del__ runs
wd = ref(d, lambda r: print('callback of D'))
del d
gc.collect()
gc.collect()
print(wd())
# _remove_dead_weakref
o = C()
dct = {'k': ref(o)}
_weakref._remove_dead_weakref(dct, 'k')
print(len(dct))
del o
gc.collect()
_weakref._remove_dead_weakref(dct, 'k')
_weakref._remove_dead_weakref(dct, 'missing')
print(len(dct))
