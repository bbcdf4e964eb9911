# memoryview over bytes and bytearray: format, itemsize, cast to native formats, tolist, indexing.
m = memoryview(b'abcd')
print(type(m).__name__, m.format, m.itemsize, m.nbytes, m.readonly, len(m), m[0], m[-1], m.tolist(), m.tobytes())
c = m.cast('I')
print(c.format, c.itemsize, len(c), c.tolist(), c.obj)
print(memoryview(b'ab').cast('c').tolist(), memoryview(bytearray(b'\xff\xff')).cast('h').tolist(), memoryview(bytearray(b'\xff\xff')).readonly)
print(memoryview(bytes(range(8))).cast('Q').tolist(), memoryview(bytes(range(8))).cast('@H').tolist(), memoryview(m).tolist())
with memoryview(b'xy') as view:
    print(view.tolist())
for thunk in [lambda: m.cast('Z'), lambda: memoryview(b'abc').cast('I'), lambda: memoryview(3), lambda: m[4]]:
    try:
        thunk()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
