# A memoryview shares its exporter's memory: writes through either side are seen by the other.
import array

b = bytearray(b'hello world')
m = memoryview(b)
m[0] = ord('H')
b[6] = ord('W')
print(b, m.tobytes(), m[6], m.obj is b)
tail = m[6:]
tail[1:3] = b'OR'
print(b, tail.tobytes(), tail.obj is b)

a = array.array('h', [1, 2, 3, 4])
v = memoryview(a)
v[0] = -7
a[3] = 400
print(a, v.tolist(), v.format, v.itemsize, v.nbytes)
c = v.cast('B')
c[2] = 9
print(a, c.tolist())
for code in 'bBhHiIlLqQfd':
    arr = array.array(code, [1, 2, 3])
    view = memoryview(arr)
    view[1] = 5
    print(code, view.format, view.itemsize, arr.tolist(), view.tolist())
u = memoryview(array.array('u', 'ab'))
print(u.format, u.itemsize, u.nbytes)
try:
    u[0]
except NotImplementedError as e:
    print('NotImplementedError', e)

class Bytes(bytes):
    pass

class ByteArray(bytearray):
    pass

print(memoryview(Bytes(b'xyz')).tolist(), memoryview(Bytes(b'xyz')).readonly)
sub = ByteArray(b'abc')
sv = memoryview(sub)
sv[0] = 65
print(sub, type(sv.obj).__name__)
print(memoryview(memoryview(b'abc')).obj, memoryview(b'abc')[1:].obj)
for bad in [3, 'text', [1, 2], None, 1.5]:
    try:
        memoryview(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    memoryview()
except TypeError as e:
    print('TypeError', e)
print(memoryview(object=b'kw').tobytes())
try:
    class Sub(memoryview):
        pass
except TypeError as e:
    print('TypeError', e)
print(type(memoryview(b'')).__name__, memoryview.__name__, type(iter(memoryview(b'a'))).__name__)
