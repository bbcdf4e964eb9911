# Every format character in every byte order, with edge values, round-tripped.
import struct

EDGES = {
    'b': [-128, -1, 0, 1, 127], 'B': [0, 1, 128, 255],
    'h': [-32768, -1, 0, 1, 32767], 'H': [0, 1, 32768, 65535],
    'i': [-2**31, -1, 0, 2**31 - 1], 'I': [0, 1, 2**31, 2**32 - 1],
    'l': [-2**31, -1, 0, 2**31 - 1], 'L': [0, 2**32 - 1],
    'q': [-2**63, -2**62, -1, 0, 2**62, 2**63 - 1], 'Q': [0, 2**62, 2**63, 2**64 - 1],
    'n': [-2**63, -1, 0, 2**63 - 1], 'N': [0, 2**63, 2**64 - 1], 'P': [0, 1, 2**64 - 1],
    '?': [True, False, 0, 7, [], [0], '', 'x', None],
    'e': [0.0, -0.0, 1.0, -2.5, 65504.0, 6.1e-05, 5.96e-08, 1e-8, 0.1, 3.140625, float('inf'), float('-inf')],
    'f': [0.0, -0.0, 1.5, 0.1, 3.4028234663852886e38, 1e-45, 1e-50, 16777217.0, float('inf')],
    'd': [0.0, -0.0, 0.1, 1e308, 5e-324, -1.5, float('inf'), 2**53 + 1],
    'c': [b'a', b'\x00', b'\xff'],
}

for order in ['', '@', '=', '<', '>', '!']:
    for code, values in EDGES.items():
        if order not in ('', '@') and code in 'nNP':
            continue
        fmt = order + code
        for value in values:
            packed = struct.pack(fmt, value)
            (back,) = struct.unpack(fmt, packed)
            print(repr(fmt), repr(value), packed, repr(back), struct.calcsize(fmt))

# Ints given through __index__, bools, and int subclasses.
class Seven:
    def __index__(self):
        return 7
class MyInt(int):
    pass
print(struct.pack('<bhiq', Seven(), True, MyInt(-5), Seven()))
print(struct.pack('>BHIQ', Seven(), False, MyInt(5), 2**64 - 1))
print(struct.unpack('>BHIQ', struct.pack('>BHIQ', 1, 2, 3, 4)))

# Floats from ints, __float__ and __index__.
class Half:
    def __float__(self):
        return 0.5
print(struct.pack('<efd', 5, Half(), Seven()))
print(struct.pack('<d', 2**60), struct.pack('>e', True))

# Half floats: rounding to nearest even, subnormals, NaN.
for value in [1.00048828125, 1.00146484375, 2.0**-24, 2.0**-25, 2.0**-25 * 1.0000001, 65519.99, 2049.0, 2051.0]:
    packed = struct.pack('<e', value)
    print(value, packed, struct.unpack('<e', packed))
for bits in [b'\x00\x7c', b'\x00\xfc', b'\x01\x00', b'\xff\x03', b'\x00\x04', b'\xff\x7b']:
    print(bits, struct.unpack('<e', bits))
print(struct.unpack('<e', b'\x01\x7c')[0] != struct.unpack('<e', b'\x01\x7c')[0])
print(struct.pack('<e', float('nan')), struct.pack('>f', float('nan')), struct.pack('<d', float('nan')))

# Float32 rounding.
for value in [0.1, 1 / 3, 16777217.0, 1.0000000596046448, 3.4028234663852886e38, 3.4028235e38]:
    print(value, struct.unpack('<f', struct.pack('<f', value)))
# Native 'f' packs a too-large value as infinity; standard sizes refuse it.
print(struct.pack('f', 1e300), struct.pack('@f', -1e300))

# Strings: s pads and truncates, p stores a length byte.
print(struct.pack('5s', b'ab'), struct.pack('2s', b'abcdef'), struct.pack('0s', b'abc'), struct.pack('s', b''))
print(struct.pack('3s', bytearray(b'xy')), struct.pack('s3s', b'q', b'rst'))
print(struct.pack('5p', b'ab'), struct.pack('3p', b'abcdef'), struct.pack('1p', b'zz'), struct.pack('p', b''))
print(struct.pack('300p', b'x' * 299)[:3], len(struct.pack('300p', b'x' * 299)))
print(struct.unpack('5p', b'\x09abcd'), struct.unpack('5p', b'\x02abcd'), struct.unpack('1p', b'\x05'))
print(struct.unpack('5s0s2s', b'hello!?'))
print(struct.unpack('3c', b'xyz'))

# Counts, padding and whitespace.
print(struct.pack('3h', 1, 2, 3), struct.pack('<2x h 3x', 7), struct.pack('> i\t\nh ', 1, 2))
print(struct.unpack('<3B2x', b'\x01\x02\x03\x00\x00'), struct.unpack('0i', b''))
print(struct.pack(''), struct.unpack('', b''), struct.calcsize(''))
print(struct.pack(b'<hh', 1, 2), struct.unpack(b'>H', b'\x01\x02'), struct.calcsize(b'10s'))
print(struct.pack('<10B', *range(10)))
