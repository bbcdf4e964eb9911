# Proxies forward attribute access, calls, operators and protocols to the referent
# and raise ReferenceError once it has died.
import _weakref, gc
class C:
    def __init__(self): self.x = 1; self.items = [1, 2, 3]
    def __len__(self): return len(self.items)
    def __iter__(self): return iter(self.items)
    def __getitem__(self, k): return self.items[k]
    def __setitem__(self, k, v): self.items[k] = v
    def __delitem__(self, k): del self.items[k]
    def __contains__(self, v): return v in self.items
    def __add__(self, o): return ('add', o)
    def __radd__(self, o): return ('radd', o)
    def __iadd__(self, o): return ('iadd', o)
    def __neg__(self): return 'neg'
    def __lt__(self, o): return 'lt'
    def __bool__(self): return True
    def __str__(self): return 'str of C'
    def __int__(self): return 42
    def __index__(self): return 7
    def __float__(self): return 2.5
    def method(self, a): return a * 2
class F:
    def __call__(self, *a, **k): return (a, k)
c = C()
p = _weakref.proxy(c)
print(type(p).__name__, p.x, p.method(4), len(p), list(p), p[1], 2 in p, 9 in p)
p.y = 10; print(c.y); del p.y; print(hasattr(c, 'y'))
p[0] = 5; del p[2]; print(c.items)
print(p + 1, 1 + p, -p, p < 3, bool(p), str(p), int(p), float(p), [10, 20, 30, 40, 50, 60, 70, 80][p])
q = p; q += 3; print(q)
print(p == p, p is _weakref.proxy(c), p is not _weakref.proxy(c, lambda r: None))
try:
    hash(p)
except TypeError as e:
    print('TypeError:', e)
try:
    p()
except TypeError as e:
    print('TypeError:', e)
f = F()
cp = _weakref.proxy(f)
print(type(cp).__name__, cp(1, k=2))
n = [1, 2]
try:
    _weakref.proxy(n)
except TypeError as e:
    print('TypeError:', e)
del c
gc.collect()
for action in [lambda: p.x, lambda: len(p), lambda: p + 1, lambda: bool(p), lambda: str(p), lambda: p[0], lambda: setattr(p, 'z', 1)]:
    try:
        action()
    except ReferenceError as e:
        print('ReferenceError:', e)
del f
gc.collect()
try:
    cp()
except ReferenceError as e:
    print('ReferenceError:', e)
