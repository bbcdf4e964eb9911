# release(), the context manager, repr, and every operation on a released view.
m = memoryview(bytearray(b'abcd'))
print(repr(m).startswith('<memory at 0x'))
with m as inner:
    print(inner is m, inner[0])
print(repr(m).startswith('<released memory at 0x'), str(m).startswith('<released memory at 0x'))
m.release()
operations = [
    ('obj', lambda: m.obj), ('nbytes', lambda: m.nbytes), ('readonly', lambda: m.readonly),
    ('itemsize', lambda: m.itemsize), ('format', lambda: m.format), ('ndim', lambda: m.ndim),
    ('shape', lambda: m.shape), ('strides', lambda: m.strides), ('suboffsets', lambda: m.suboffsets),
    ('c_contiguous', lambda: m.c_contiguous), ('f_contiguous', lambda: m.f_contiguous), ('contiguous', lambda: m.contiguous),
    ('len', lambda: len(m)), ('getitem', lambda: m[0]), ('slice', lambda: m[1:]), ('setitem', lambda: m.__setitem__(0, 1)),
    ('tolist', lambda: m.tolist()), ('tobytes', lambda: m.tobytes()), ('hex', lambda: m.hex()),
    ('toreadonly', lambda: m.toreadonly()), ('cast', lambda: m.cast('B')), ('enter', lambda: m.__enter__()),
    ('memoryview', lambda: memoryview(m)), ('bytes', lambda: bytes(m)), ('hash', lambda: hash(m)),
    ('join', lambda: b''.join([m])), ('bytearray', lambda: bytearray(m)),
]
for label, thunk in operations:
    try:
        print(label, thunk())
    except (ValueError, TypeError) as e:
        print(label, type(e).__name__, e)
print(m.__exit__(None, None, None), m.release())
live = memoryview(b'xyz')
it = iter(live)
print(next(it))
live.release()
try:
    next(it)
except ValueError as e:
    print('ValueError', e)
print(memoryview(b'abcdef').hex(), memoryview(b'abcdef').hex(':'), memoryview(b'abcdef').hex('-', 2), memoryview(b'abcdef').hex(sep='_', bytes_per_sep=-4))
print(memoryview(b'abcdefgh').cast('i').hex(), memoryview(b'').hex())
print(memoryview(bytearray(b'ab')).toreadonly().obj, memoryview(b'ab').tobytes(), memoryview(b'ab').tolist())
