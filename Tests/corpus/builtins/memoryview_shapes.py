# cast() to formats and shapes, multi-dimensional views, tolist, tobytes orders.
data = bytes(range(24))
m = memoryview(data)
c = m.cast('i', [2, 3])
print(c.format, c.itemsize, c.ndim, c.shape, c.strides, c.nbytes, c.suboffsets)
print(c.tolist(), c[1, 2], c[0, -1], c.c_contiguous, c.f_contiguous, c.contiguous)
print(c.tobytes() == data, c.tobytes(order='F')[:8], c.tobytes(order='A') == data, c.tobytes(order=None) == data)
d = m.cast('B', (2, 3, 4))
print(d.shape, d.strides, d.tolist()[1][2], d[1, 2, 3])
flat = d.cast('B')
print(flat.shape, len(flat))
print(m.cast('c')[:3].tolist(), m.cast('H').tolist()[:3], m.cast('@q').tolist())
print(memoryview(b'\x01\x00\x00\x00\x00\x00\xf0?').cast('d').tolist())
print(memoryview(b'\x00\x01\x02').cast('?').tolist(), memoryview(bytes(8)).cast('P').tolist())
print(memoryview(bytes(8)).cast('n').tolist(), memoryview(bytes(8)).cast('N').tolist(), memoryview(bytes(8)).cast('f').tolist())
zero = memoryview(b'\x05').cast('B', [])
print(zero.ndim, zero.shape, zero.strides, zero.tolist(), zero[()], zero[...].ndim)
for label, thunk in [
    ('len 0-dim', lambda: len(zero)),
    ('index 0-dim', lambda: zero[0]),
    ('bad format', lambda: m.cast('Z')),
    ('half', lambda: m.cast('e')),
    ('two chars', lambda: m.cast('ii')),
    ('prefix', lambda: m.cast('<i')),
    ('non-byte', lambda: m.cast('i').cast('h')),
    ('multiple', lambda: memoryview(b'abc').cast('i')),
    ('product', lambda: m.cast('i', [4, 4])),
    ('zero shape', lambda: m.cast('B', [0, 24])),
    ('negative shape', lambda: m.cast('B', [-1])),
    ('float shape', lambda: m.cast('B', [2.0, 12])),
    ('shape type', lambda: m.cast('B', 24)),
    ('nd to nd', lambda: c.cast('B', [4, 6])),
    ('format type', lambda: m.cast(1)),
    ('not contiguous', lambda: m[::2].cast('B')),
    ('sub-view', lambda: c[0]),
    ('short tuple', lambda: d[1, 2]),
    ('long tuple', lambda: c[1, 2, 3]),
    ('out of bounds', lambda: c[2, 0]),
    ('dim 2', lambda: c[0, 3]),
    ('multi slice', lambda: c[0:1, 0:1]),
    ('bad key', lambda: c['x']),
    ('iter nd', lambda: iter(c)),
    ('order', lambda: c.tobytes('X')),
    ('too many dims', lambda: memoryview(b'a').cast('B', [1] * 65)),
]:
    try:
        print(label, thunk())
    except (TypeError, ValueError, IndexError, NotImplementedError) as e:
        print(label, type(e).__name__, e)
w = memoryview(bytearray(12)).cast('i', [3, 1])
w[2, 0] = 7
print(w.tolist(), w.obj)
try:
    w[0] = 1
except NotImplementedError as e:
    print('NotImplementedError', e)
try:
    w[0:1] = b'x'
except NotImplementedError as e:
    print('NotImplementedError', e)
print(w[1:].shape, w[1:].tolist(), w[::-1].tolist(), w[::-1].c_contiguous)
