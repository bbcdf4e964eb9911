# A bytearray or array with a live (unreleased) view cannot change its length.
import array
import gc

def attempt(label, action):
    try:
        action()
        print(label, 'ok')
    except BufferError as e:
        print(label, 'BufferError', e)

b = bytearray(b'abcdef')
m = memoryview(b)

def slice_grow():
    b[0:1] = b'xyz'

def slice_delete():
    del b[:]

def iadd():
    global b
    b += b'x'

def imul():
    global b
    b *= 2

attempt('append', lambda: b.append(1))
attempt('extend', lambda: b.extend(b'xy'))
attempt('insert', lambda: b.insert(0, 1))
attempt('pop', lambda: b.pop())
attempt('remove', lambda: b.remove(ord('a')))
attempt('clear', lambda: b.clear())
attempt('slice grow', slice_grow)
attempt('del slice', slice_delete)
attempt('+=', iadd)
attempt('*=', imul)
attempt('same-length slice', lambda: b.__setitem__(slice(0, 2), b'XY'))
attempt('item', lambda: b.__setitem__(2, 90))
attempt('extend empty', lambda: b.extend(b''))
attempt('reverse', lambda: b.reverse())
print(b, m.tobytes())
m.release()
attempt('append after release', lambda: b.append(33))
print(b)

with memoryview(b) as view:
    attempt('inside with', lambda: b.append(1))
    print(view[0])
attempt('after with', lambda: b.append(34))

# Every view (slices and casts too) pins until it is released.
view = memoryview(b)
part = view[1:3]
view.release()
attempt('slice alive', lambda: b.append(1))
part.release()
attempt('slice released', lambda: b.append(35))

# A view that is no longer reachable stops pinning once collected.
view = memoryview(b)
del view
gc.collect()
attempt('dropped view', lambda: b.append(36))
print(len(b))

a = array.array('i', [1, 2, 3])
av = memoryview(a)

def array_delete():
    del a[0]

def array_iadd():
    global a
    a += array.array('i', [4])

def array_imul():
    global a
    a *= 2

attempt('array append', lambda: a.append(4))
attempt('array extend', lambda: a.extend([4]))
attempt('array insert', lambda: a.insert(0, 4))
attempt('array pop', lambda: a.pop())
attempt('array remove', lambda: a.remove(1))
attempt('array del', array_delete)
attempt('array +=', array_iadd)
attempt('array *=', array_imul)
attempt('array frombytes', lambda: a.frombytes(b'\0\0\0\0'))
attempt('array fromlist', lambda: a.fromlist([5]))
attempt('array setitem', lambda: a.__setitem__(0, 10))
print(a, av.tolist())
av.release()
attempt('array append after release', lambda: a.append(4))
print(a)
bytes_view = memoryview(b'immutable')
print(bytes_view.readonly)
try:
    bytes_view[0] = 1
except TypeError as e:
    print('TypeError', e)
