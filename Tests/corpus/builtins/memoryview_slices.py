# Slices are views with strides (negative steps too); slice assignment needs equal structures.
import array

b = bytearray(range(10))
m = memoryview(b)
for key in [slice(2, 8), slice(None, None, 2), slice(None, None, -1), slice(8, 2, -3), slice(5, 5), slice(-3, None), slice(100, 200)]:
    part = m[key]
    print(key, part.tolist(), part.shape, part.strides, part.c_contiguous, part.nbytes, len(part), part.tobytes())
nested = m[1:9][::2][::-1]
print(nested.tolist(), nested.strides, bytes(nested), bytearray(nested), nested.hex())
m[::3] = b'ABCD'
print(b)
m[8:1:-2] = bytearray(b'wxyz')
print(b)
m[0:3] = memoryview(b'123')
print(b)
m[2:6] = m[0:4]
print(b)
m[:2] = array.array('B', [7, 8])
print(b)
for label, value, key in [
    ('longer', b'xyz', slice(0, 2)),
    ('shorter', b'', slice(0, 2)),
    ('format', array.array('b', [1, 2]), slice(0, 2)),
    ('itemsize', array.array('h', [1]), slice(0, 2)),
    ('not buffer', [1, 2], slice(0, 2)),
    ('str', 'ab', slice(0, 2)),
]:
    try:
        m[key] = value
    except (ValueError, TypeError) as e:
        print(label, type(e).__name__, e)
ints = memoryview(array.array('i', [1, 2, 3, 4]))
ints[1:3] = array.array('i', [20, 30])
print(ints.tolist(), ints[::-2].tolist(), ints[::-2].strides)
ints[::2] = memoryview(array.array('i', [-1, -3]))
print(ints.obj)
print(memoryview(b'abcdef')[::2].tobytes(), memoryview(b'abcdef')[::-2].hex(), memoryview(b'')[:].tolist())
print(list(memoryview(b'abcdef')[::-2]), memoryview(b'abcdef')[1::2][1])
