# hash() of a weak reference is its referent's, computed once; == compares live
# referents and falls back to identity once one has died; repr names the referent.
import _weakref, gc
ref = _weakref.ref

class C:
    def __init__(self, key):
        self.key = key
    def __eq__(self, other):
        return isinstance(other, C) and self.key == other.key
    def __hash__(self):
        return hash(self.key)

a, b, c = C(1), C(1), C(2)
ra, rb, rc = ref(a), ref(b), ref(c)
print(ra == rb, ra != rb, ra == rc, ra == a, hash(ra) == hash(1))
rb2 = ref(b, lambda r: None)
print(rb == rb2, hash(rb2) == hash(rb))
del b
gc.collect()
print(ra == rb, rb == rb, rb == rb2, hash(rb) == hash(1))
del c
gc.collect()
try:
    hash(rc)
except TypeError as e:
    print('TypeError:', e)
try:
    ra < ra
except TypeError as e:
    print('TypeError:', e)

class Named:
    pass
def func():
    pass
text = repr(ref(Named()))
print(text.startswith('<weakref at 0x'), "; to 'Named' at 0x" in text or text.endswith('; dead>'))
rf = ref(func)
print("; to 'function' at 0x" in repr(rf), repr(rf).endswith(' (func)>'))
print(repr(ref(Named)).endswith(' (Named)>'))
del func
gc.collect()
print(repr(rf).endswith('; dead>'))
print(type(ra), _weakref.ref is _weakref.ReferenceType, type(ra).__name__, type(ra).__module__)

d = {ra: 'a'}
print(d[ref(a)], ra in {ref(a)})
