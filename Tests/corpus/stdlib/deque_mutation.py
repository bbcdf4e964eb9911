# collections.deque changed while it is iterated or scanned: RuntimeError (IndexError for
# remove) as CPython raises, from iterators, comparisons and __eq__ methods that mutate.
from collections import deque

class Mutating:
    def __init__(self, target):
        self.target = target
    def __eq__(self, other):
        self.target.append(1)
        return False

for name in ['count', 'index', 'remove', '__contains__']:
    d = deque([0]); d.appendleft(Mutating(d)); d.append(5)
    try:
        print(name, getattr(d, name)(5))
    except Exception as err:
        print(name, type(err).__name__, err)

class Growing:
    def __init__(self, target, answer):
        self.target, self.answer = target, answer
    def __eq__(self, other):
        self.target.append(1)
        return self.answer
    def __lt__(self, other):
        return 'less'

# The first unequal pair decides with the operator itself (== asked again); equal pairs go on
# to the next, which notices the change.
b = deque([2]); a = deque([Growing(b, False)])
print(a == b, a != b, len(b), a < b, len(b))
b = deque([0, 2]); a = deque([Growing(b, True), 1])
for op in ['==', '<']:
    try:
        print(eval('a ' + op + ' b'))
    except RuntimeError as err:
        print('compare', op, err)

for op in ["d.reverse()", "d[0] = 7", "d.rotate(0)", "d.rotate(1)", "d.clear()", "d.extend([])",
           "d.__init__()", "d *= 1", "d += []", "d.copy()", "d.pop()", "d.insert(1, 0)", "del d[1]"]:
    d = deque([1, 2, 3]); it = iter(d); rit = reversed(d)
    exec(op)
    for iterator in (it, rit):
        try:
            print(op, next(iterator))
        except Exception as err:
            print(op, type(err).__name__, err)

d = deque([1]); it = iter(d); d.rotate(); print(next(it))
d = deque([1, 2, 3])
try:
    for v in d:
        d.append(v)
except RuntimeError as err:
    print('for loop:', err, len(d))

class Popper:
    def __init__(self, target):
        self.target = target
    def __eq__(self, other):
        self.target.clear()
        return True

d = deque([1, 2]); d.append(Popper(d))
try:
    d.remove(3)
except IndexError as err:
    print('remove', err, d)
# index and in answer a match before they look for a change; count does not.
for name in ['index', '__contains__', 'count']:
    d = deque(range(3)); d.insert(1, Popper(d))
    try:
        print(name, getattr(d, name)(9), d)
    except RuntimeError as err:
        print(name, err, d)
