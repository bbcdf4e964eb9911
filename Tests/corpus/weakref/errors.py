# Argument errors of _weakref's functions and types, with CPython's messages.
import _weakref

class C: pass
o = C()
keep = [o]
for call in ["_weakref.ref()", "_weakref.ref(o, None, 3)", "_weakref.ref(o, callback=None)",
             "_weakref.proxy()", "_weakref.proxy(o, None, 1)", "_weakref.getweakrefcount()",
             "_weakref.getweakrefs()", "_weakref.ref(o)(1)", "_weakref.ref(o)(x=1)",
             "_weakref._remove_dead_weakref(1, 1)", "_weakref._remove_dead_weakref({})",
             "hash(_weakref.proxy(o))", "_weakref.proxy(o)()", "_weakref.ref(1, 2)",
             "_weakref.proxy([])", "type('X', (_weakref.ProxyType,), {})",
             "type('Y', (_weakref.CallableProxyType,), {})", "_weakref.ref(o).x",
             "setattr(_weakref.ref(o), 'x', 1)", "_weakref.ref(o).__callback__",
             "_weakref.ref(o, len).__callback__"]:
    try:
        print(call, '->', eval(call))
    except Exception as e:
        print(call, '->', type(e).__name__, e)
