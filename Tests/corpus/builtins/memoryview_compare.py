# ==, != and hash(): values compared across formats, released views equal only themselves.
import array

a = memoryview(b'abc')
print(a == b'abc', a == bytearray(b'abc'), a == b'abd', a != b'abc', a == 'abc', a == [97, 98, 99])
print(a == memoryview(b'abc'), a == a[::1], a == memoryview(b'abcd')[:3], a[::-1] == b'cba')
print(a == array.array('B', b'abc'), a == array.array('b', b'abc'), a == array.array('h', [97, 98, 99]))
print(a == array.array('f', [97, 98, 99]), a == array.array('f', [97, 98, 99.5]))
print(memoryview(array.array('d', [1.0, 2.0])) == array.array('i', [1, 2]))
nan = memoryview(array.array('d', [float('nan')]))
print(nan == nan, nan == memoryview(array.array('d', [float('nan')])))
print(memoryview(b'ab').cast('B', [1, 2]) == memoryview(b'ab'), memoryview(b'ab').cast('B', [1, 2]) == memoryview(b'ab').cast('B', [1, 2]))
print(memoryview(b'\x01').cast('?') == memoryview(b'\x02').cast('?'), memoryview(b'ab').cast('c') == memoryview(b'ab'))
print(a.__eq__(3), a.__ne__('x'))
try:
    a < a
except TypeError as e:
    print('TypeError', e)
r = memoryview(b'abc')
r.release()
print(r == r, r == b'abc', r != b'abc', b'abc' == r, a == r)
print(hash(memoryview(b'abc')) == hash(b'abc'), hash(memoryview(b'xabc')[1:]) == hash(b'abc'))
print(hash(memoryview(b'abcd')[::2]) == hash(b'ac'), hash(memoryview(b'ab').cast('c')) == hash(b'ab'))
for label, thunk in [
    ('writable', lambda: hash(memoryview(bytearray(b'ab')))),
    ('format', lambda: hash(memoryview(b'abcd').cast('i'))),
    ('released', lambda: hash(r)),
    ('unhashable obj', lambda: hash(memoryview(bytearray(b'ab')).toreadonly())),
    ('unhashable cast', lambda: hash(memoryview(bytearray(b'ab')).toreadonly().cast('b'))),
]:
    try:
        print(label, thunk())
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)
print({memoryview(b'key'): 1}[b'key'])
