# A weak reference does not keep its referent alive: after the last strong
# reference goes and a collection runs, calling the reference returns None.
import _weakref, gc
ref = _weakref.ref

class C:
    def __init__(self, name):
        self.name = name
    def method(self):
        return self.name

def cb(r):
    print('callback', type(r).__name__, r() is None)

a = C('a')
r1 = ref(a)
r2 = ref(a, cb)
print(r1() is a, r2() is a, r1 is ref(a))
gc.collect()
print(_weakref.getweakrefcount(a), len(_weakref.getweakrefs(a)))
del a
gc.collect()
print(r1(), r2(), r1 == r2, r1 != r2, r1 == r1)
print(_weakref.getweakrefcount(r1), _weakref.getweakrefs(5))

# A cycle dies as a whole.
class Node:
    pass
n1 = Node(); n2 = Node()
n1.other = n2; n2.other = n1
w1 = ref(n1, lambda r: print('n1 died')); w2 = ref(n2)
del n1, n2
gc.collect()
print(w1(), w2())

# Functions, classes, bound methods, sets, modules' objects.
def f():
    pass
class K:
    pass
wf = ref(f); wk = ref(K)
obj = C('o')
wm = ref(obj.method)
ws = ref(frozenset([1, 2]))
print(wf() is f, wk() is K)
del f, K
gc.collect()
print(wf(), wk(), wm(), ws())

# Reaching a referent through a container keeps it alive.
keep = [C('kept')]
wkept = ref(keep[0])
gc.collect()
print(wkept().name)
keep.clear()
gc.collect()
print(wkept())
