# collections.deque: comparisons, + and *, repr (with maxlen and recursion), copying,
# pickling, subclasses, __class_getitem__, weak references and collection of cycles.
import collections.abc
import copy
import gc
import pickle
import weakref
from collections import deque

print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) < deque([1, 3]), deque([1, 2]) >= deque([1]))
print(deque([1]) == [1], deque([1]) != [1], deque() == deque(maxlen=3))
for expr in ["deque([1]) < [1]", "deque([1]) + [1]", "deque([1]) * 'a'", "[1] + deque([1])", "1.5 * deque([1])",
             "'a' * deque([1])", "deque([1]) * deque([1])"]:
    try:
        print(eval(expr))
    except TypeError as err:
        print('TypeError', err)
print(deque([1, 2]) + deque([3]), deque([1]) * 3, 3 * deque([1, 2], maxlen=3), deque([1, 2, 3], 2) * 3)

r = deque([1]); r.append(r); print(r, repr(deque([r])), deque('ab', maxlen=4))

class Tagged(deque):
    def __init__(self, iterable=(), maxlen=None, tag='t'):
        super().__init__(iterable, maxlen)
        self.tag = tag

x = Tagged([1, 2], 5, tag='hi'); x.extra = 3
print(x, x.tag, x.extra, type(x.copy()).__name__, x.copy(), type(x + deque([3])).__name__)
print(copy.copy(x).tag, copy.deepcopy(x).extra, copy.copy(deque([1], 2)))
y = pickle.loads(pickle.dumps(x))
print(type(y).__name__, y, y.maxlen, y.tag, y.extra)
print(pickle.loads(pickle.dumps(deque([1, 2, 3], maxlen=4))))
print(deque([1], 3).__reduce__()[:3], x.__reduce__()[:3])
it = iter(deque('abcd')); next(it)
print(next(pickle.loads(pickle.dumps(it))), type(it).__name__, type(reversed(deque())).__name__)
print(it.__length_hint__(), it.__reduce__()[1][1])

print(deque[int], deque.__module__, deque([1], 2).maxlen)
print(isinstance(deque(), collections.abc.MutableSequence))
match deque([1, 2]):
    case [a, b]:
        print('sequence pattern', a, b)

d = deque('abc')
w = weakref.ref(d); print(w() is d); del d; gc.collect(); print(w())
c = deque(); c.append(c); c.append([c]); wc = weakref.ref(c); del c; gc.collect(); print(wc())
p = weakref.proxy(deque('xy')); print(type(p).__name__)
