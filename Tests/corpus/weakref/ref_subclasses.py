# Subclasses of ref: with __slots__ and their own __new__/__init__, as weakref.py
# defines KeyedRef and WeakMethod.
import _weakref, gc
ref = _weakref.ref
class KeyedRef(ref):
    __slots__ = "key",
    def __new__(type, ob, callback, key):
        self = ref.__new__(type, ob, callback)
        self.key = key
        return self
    def __init__(self, ob, callback, key):
        super().__init__(ob, callback)

class WeakMethod(ref):
    __slots__ = "_func_ref", "_meth_type", "_alive", "__weakref__"
    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}".format(type(meth))) from None
        def _cb(arg):
            self = self_wr()
            if self._alive:
                self._alive = False
                if callback is not None:
                    callback(self)
        self = ref.__new__(cls, obj, _cb)
        self._func_ref = ref(func, _cb)
        self._meth_type = type(meth)
        self._alive = True
        self_wr = ref(self)
        return self
    def __call__(self):
        obj = super().__call__()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)
    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is other
            return ref.__eq__(self, other) and self._func_ref == other._func_ref
        return NotImplemented
    def __ne__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is not other
            return ref.__ne__(self, other) or self._func_ref != other._func_ref
        return NotImplemented
    __hash__ = ref.__hash__

class C:
    def m(self): return 'm called'
c = C()
k = KeyedRef(c, lambda r: print('keyed died', r.key), 'the-key')
print(k.key, k() is c, type(k).__name__, isinstance(k, ref))
try:
    k.other = 1
except AttributeError as e:
    print('AttributeError:', e)
wm = WeakMethod(c.m, lambda r: print('method died', type(r).__name__))
print(wm()(), wm == WeakMethod(c.m), hash(wm) == hash(WeakMethod(c.m)))
print(_weakref.getweakrefcount(c) >= 2)
del c
gc.collect()
print(k(), wm())
class Plain(ref):
    pass
p = Plain(C())
p.attr = 5
print(p.attr)
gc.collect()
print(p())
try:
    ref(k)
except TypeError as e:
    print(e)
print(ref(p)() is p)
try:
    class Bad(_weakref.ProxyType): pass
except TypeError as e:
    print(e)
try:
    ref.__new__(int, C())
except TypeError as e:
    print(e)
