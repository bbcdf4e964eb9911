# struct over memoryviews of bytes and bytearrays: contiguous views are read and
# written in place; strided, read-only and released ones are refused.
import struct

def attempt(label, function, *args):
    try:
        result = function(*args)
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, 'ok', result)

attempt('unpack', struct.unpack, '<h', memoryview(b'abcd')[1:3])
attempt('unpack', struct.Struct('<h').unpack, memoryview(b'xy'))
attempt('unpack', struct.unpack, '<h', memoryview(b'abcd')[::2])
attempt('unpack', struct.unpack, '<h', memoryview(b'abcd')[::3])
attempt('unpack', struct.unpack, '<b', memoryview(b'abcd')[::3][:1])
attempt('unpack_from', struct.unpack_from, '<h', memoryview(bytearray(b'abcdef'))[2:], 1)
attempt('unpack_from', struct.unpack_from, '<h', memoryview(bytearray(b'abcdef'))[2:], 3)
attempt('iter_unpack', lambda: list(struct.iter_unpack('<h', memoryview(b'abcdef')[2:])))
released = memoryview(b'ab')
released.release()
attempt('released', struct.unpack, '<h', released)

data = bytearray(8)
view = memoryview(data)[2:6]
attempt('pack_into', struct.pack_into, '<h', view, 1, 0x4142)
print(data)
attempt('pack_into', struct.pack_into, '<h', view, -2, 0x4344)
print(data)
attempt('pack_into', struct.pack_into, '<h', view, 3, 1)
attempt('pack_into', struct.pack_into, '<h', memoryview(b'abcd'), 0, 1)
attempt('pack_into', struct.pack_into, '<h', memoryview(data)[::2], 0, 1)
attempt('pack_into', struct.pack_into, '<h', memoryview(data).toreadonly(), 0, 1)
struct.Struct('>I').pack_into(memoryview(data), 4, 0xDEADBEEF)
print(data, struct.unpack('>2I', memoryview(data)))
