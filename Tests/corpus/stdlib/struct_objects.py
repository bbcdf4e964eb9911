# Struct objects, pack_into / unpack_from / iter_unpack on bytes and bytearrays.
import struct

s = struct.Struct('<Ih')
print(s.format, s.size, isinstance(s, struct.Struct), type(s).__name__, type(s).__module__)
print(struct.Struct.__name__, struct.Struct.__qualname__, struct.error.__name__, struct.error.__module__)
print(issubclass(struct.error, Exception), isinstance(struct.Struct, type))
b = s.pack(70000, -2)
print(b, s.unpack(b), s.unpack(bytearray(b)))
print(struct.Struct(b'>q').format, struct.Struct(format='=h').size, struct.Struct('').size)
print(bool(struct.Struct('')), struct.Struct('10s').pack(b'hi'))

buffer = bytearray(12)
s.pack_into(buffer, 0, 1, 2)
s.pack_into(buffer, 6, 3, 4)
print(buffer)
struct.pack_into('>h', buffer, -2, 0x1234)
print(buffer)
struct.pack_into('<3s', buffer, 1, b'xyz')
print(buffer)
print(s.unpack_from(buffer), s.unpack_from(buffer, 6), s.unpack_from(buffer, offset=6))
print(struct.unpack_from('<h', buffer, -2), struct.unpack_from('B', b'\x01\x02\x03', 2))
print(struct.unpack_from('<I', buffer=bytes(buffer)), struct.unpack_from('<I', bytes(buffer), offset=8))

class Off:
    def __index__(self):
        return 4
print(struct.unpack_from('<h', b'\x00\x00\x00\x00\x05\x00', Off()))
struct.pack_into('<h', buffer, Off(), 9)
print(buffer)

it = struct.iter_unpack('<hB', b'\x01\x00\x02\x03\x00\x04')
print(list(it))
print(list(struct.iter_unpack('x', b'12')), list(s.iter_unpack(bytearray(b))))
print(list(struct.iter_unpack('<H', b'')))
for item in struct.Struct('>H').iter_unpack(b'\x00\x01\x00\x02\x00\x03'):
    print(item)

# The same format given as str and bytes, and after clearing the cache.
print(struct.pack('<I', 1) == struct.pack(b'<I', 1))
struct._clearcache()
print(struct.calcsize('<I'), struct.Struct('<I').pack(5))
# Many distinct formats (past the cache's limit) still work.
total = 0
for n in range(250):
    total += struct.calcsize('%dsh' % n)
print(total)

class Sub(struct.Struct):
    pass
print(isinstance(Sub('<i'), struct.Struct), Sub('<i').pack(3))

# A hot loop: the JIT compiles loops around pack/unpack.
packer = struct.Struct('<Ii')
acc = 0
data = bytearray(8)
for i in range(5000):
    p = struct.pack('<I', i * 7919 % 4294967296)
    acc += struct.unpack('<I', p)[0]
    packer.pack_into(data, 0, i, -i)
    acc ^= packer.unpack_from(data)[1]
    acc += struct.unpack_from('>q', struct.pack('>q', -i * 123456789))[0] % 1000
print(acc, data)
