# Item reads and writes per format, with memoryview's errors for wrong types and values.
import struct

def show(label, thunk):
    try:
        print(label, thunk())
    except (TypeError, ValueError, IndexError, OverflowError, NotImplementedError) as e:
        print(label, type(e).__name__, e)

for fmt, good, bad_value, bad_type in [
    ('B', 255, 256, 'x'), ('b', -128, 128, 1.0), ('h', -32768, 40000, None), ('H', 65535, -1, b'a'),
    ('i', 2**31 - 1, 2**31, 'x'), ('I', 2**32 - 1, -1, 'x'), ('l', -2**63, 2**63, 'x'), ('L', 2**64 - 1, 2**64, 'x'),
    ('q', 2**63 - 1, -2**63 - 1, 'x'), ('Q', 2**64 - 1, -5, 'x'), ('n', -1, 2**63, 'x'), ('N', 7, -1, 'x'),
    ('f', 1.5, None, 'x'), ('d', -2.25, None, 'x'), ('?', 3, None, None), ('c', b'z', b'zz', 1),
]:
    size = struct.calcsize(fmt)
    view = memoryview(bytearray(size * 2)).cast(fmt)
    view[0] = good
    view[-1] = good
    print(fmt, view[0], view.tolist(), list(view))
    if bad_value is not None:
        show(fmt + ' value', lambda: view.__setitem__(0, bad_value))
    if bad_type is not None:
        show(fmt + ' type', lambda: view.__setitem__(0, bad_type))

class Index:
    def __index__(self):
        return 42

ints = memoryview(bytearray(8)).cast('i')
ints[0] = Index()
ints[True] = Index()
print(ints.tolist())
floats = memoryview(bytearray(8)).cast('d')
floats[0] = 3
print(floats.tolist())
floats[0] = float('nan')
print(floats.tolist(), floats == floats, floats.tobytes() == floats.tobytes())
bytes_view = memoryview(bytearray(b'abc'))
show('index', lambda: bytes_view[3])
show('negative', lambda: bytes_view[-4])
show('float key', lambda: bytes_view[1.0])
show('str key', lambda: bytes_view['a'])
show('big index', lambda: bytes_view[2**70])
show('delete', lambda: bytes_view.__delitem__(0))
show('readonly', lambda: memoryview(b'abc').__setitem__(0, 1))
show('readonly delete', lambda: memoryview(b'abc').__delitem__(0))
show('toreadonly', lambda: bytes_view.toreadonly().__setitem__(0, 1))
print(bytes_view.toreadonly().readonly, bytes_view.toreadonly().tolist(), bytes_view[True])
