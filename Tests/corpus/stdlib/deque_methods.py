# collections.deque: appends and pops at both ends, rotate, reverse, insert, remove,
# indexing and del, bounded deques, extend with itself, and the errors CPython raises.
from collections import deque

d = deque(range(10))
d.rotate(3); print(d)
d.rotate(-5); print(d)
d.rotate(23); print(d)
d.reverse(); print(d, d[0], d[-1], d[4])
d.insert(3, 'x'); d.insert(-2, 'y'); d.insert(100, 'z'); d.insert(-100, 'w'); print(d)
del d[2]; del d[-3]; print(d)
d[1] = 'q'; print(d, len(d), bool(d), bool(deque()))
print(d.count('q'), d.index('z'), 'x' in d, 'nope' in d)
d.remove('x'); print(d, d.pop(), d.popleft(), d)
print(deque(range(5)).index(3, 1, 4), deque(range(5)).index(3, -3), deque(range(5)).index(0, -100, 100))

# Bounded deques drop from the other end; maxlen=0 keeps nothing.
e = deque('abc', maxlen=3); e.append('d'); e.appendleft('z'); print(e, e.maxlen)
e.extend('xyzw'); print(e); e.extendleft('12'); print(e)
z = deque(maxlen=0); z.append(1); z.appendleft(2); z.extend([1, 2]); print(z, len(z))

# Extending a deque with itself reads a copy; += and *= work in place.
f = deque([1, 2]); f.extend(f); print(f); f.extendleft(f); print(f)
f += f; print(f); f *= 2; print(len(f)); f *= 0; print(f)
g = deque([1, 2, 3], 5); g *= 3; print(g)

# A ring that grows, wraps and drains.
q = deque()
for i in range(100):
    q.append(i)
    if i % 3 == 0:
        q.appendleft(-i)
    if i % 4 == 0:
        q.popleft()
print(len(q), sum(q), q[0], q[-1])
total = 0
while q:
    total += q.pop() if len(q) % 2 else q.popleft()
print(total, q)
print(''.join(deque('hello')), sorted(deque([3, 1, 2])), list(reversed(deque('abc'))))
d.clear(); print(d, d.maxlen)

for expr in ["deque([1])[5]", "deque([1])[-2]", "deque([1])['a']", "deque([1])[1:2]", "deque([1])[2**100]",
             "deque([1]).index(9)", "deque([1]).remove(9)", "deque().pop()", "deque().popleft()",
             "deque('abc', maxlen='a')", "deque('abc', maxlen=-1)", "deque('abc', 2**100)", "deque(1)",
             "deque([], 1, 2)", "deque(foo=1)", "deque([1], maxlen=1).insert(0, 2)", "deque([1]).rotate('a')",
             "deque([1]).rotate(2**100)", "deque([1]).index(1, 'a')", "deque().append()", "deque().insert(1)",
             "deque.append(1, 2)", "hash(deque())"]:
    try:
        print(expr, '->', eval(expr))
    except Exception as err:
        print(expr, '->', type(err).__name__, err)
