# Buffers given as memoryviews to bytes, bytearray, join, zlib, hashlib, binascii, base64,
# struct, array, re and files (views of bytearrays and arrays are writable).
import array
import base64
import binascii
import hashlib
import os
import re
import struct
import tempfile
import zlib

data = memoryview(b'The quick brown fox')
print(bytes(data), bytearray(data[4:9]), b'-'.join([data[:3], data[-3:]]), bytes(data[::2]))
print(zlib.crc32(data), zlib.decompress(zlib.compress(data)) == bytes(data), zlib.adler32(data[4:]))
print(hashlib.sha256(data).hexdigest()[:16], hashlib.md5(data[4:9]).hexdigest())
print(binascii.hexlify(data[:4]), binascii.crc32(data), base64.b64encode(data[:6]), base64.b32encode(data[:5]))
print(base64.b64decode(memoryview(b'aGVsbG8=')), base64.b16decode(memoryview(b'4142')), base64.a85encode(data[:4]))
try:
    hashlib.sha1(data[::2])
except BufferError as e:
    print('BufferError', e)
numbers = memoryview(struct.pack('<3i', 1, -2, 3))
print(struct.unpack_from('<i', numbers, 4), struct.unpack('<3i', numbers), list(struct.iter_unpack('<i', numbers)))
target = bytearray(8)
view = memoryview(target)
struct.pack_into('<HI', view, 1, 0xBEEF, 7)
print(target)
struct.pack_into('<H', view[4:], 0, 1)
print(target)
arr = array.array('i', [0, 0])
struct.pack_into('<i', arr, 4, 99)
print(arr)
try:
    struct.pack_into('<H', memoryview(b'abcd'), 0, 1)
except TypeError as e:
    print('TypeError', e)
print(array.array('b', memoryview(b'\x01\x02')), array.array('h', memoryview(array.array('h', [5, 6]))))
grow = array.array('B')
grow.frombytes(memoryview(b'xyz')[1:])
print(grow)
print(re.findall(rb'[a-z]+', data), re.match(rb'The', data) is not None, re.sub(rb'o', b'0', data[10:]))
print(re.search(rb'b\w+', memoryview(bytearray(b'a brown cow'))).group())
with tempfile.TemporaryDirectory() as folder:
    path = os.path.join(folder, 'data.bin')
    with open(path, 'wb') as f:
        print(f.write(data[4:9]), f.write(memoryview(array.array('H', [0x4142]))))
    with open(path, 'rb') as f:
        buffer = bytearray(4)
        print(f.readinto(memoryview(buffer)[1:]), buffer)
        numbers = array.array('B', [0, 0])
        print(f.readinto(memoryview(numbers)), numbers)
        try:
            f.readinto(memoryview(b'xx'))
        except TypeError as e:
            print('TypeError', e)
