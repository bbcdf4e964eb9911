# A young object stored in a big old deque, then moved to another card of its ring by
# reverse(), rotate(), insert() or del: the move must run the write barrier, or the next
# minor collection (a small nursery makes it come soon) frees the object while the deque
# still refers to it.
import gc
from collections import deque

for op, index in [('reverse', 0), ('rotate', 0), ('rotate back', -1), ('insert', 3000), ('delete', 10)]:
    d = deque(range(4000))
    d.pop()
    gc.collect()
    d[index] = [op]
    if op == 'reverse':
        d.reverse()
    elif op == 'rotate':
        d.rotate(-1)
    elif op == 'rotate back':
        d.rotate(1)
    elif op == 'insert':
        d.insert(2000, 'x')
    else:
        del d[100]
    for i in range(200000):
        garbage = [i, i]
    print(op, [(position, item) for position, item in enumerate(d) if isinstance(item, list)])
