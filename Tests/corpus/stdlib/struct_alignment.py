# Native alignment and padding with '@' (x86-64 sizes), and none with '=' '<' '>' '!'.
import struct

for fmt in ['c', 'ci', 'ic', 'cq', 'ch', 'cd', 'ce', 'cf', 'cP', 'cn', 'cl', 'c?', 'cN', 'bhiq', 'qihb',
            'ih0q', 'b0i', 'bP0e', '?d', 'c3h', '3sq', 'x i', '5xL', 'hpd', 'cci', '0cq', 'c0q', 'qc']:
    sizes = [struct.calcsize(order + fmt) for order in ['', '@', '=', '<', '>', '!'] if not ('P' in fmt or 'n' in fmt or 'N' in fmt) or order in ('', '@')]
    print(repr(fmt), sizes)

print(struct.pack('@ci', b'a', 1))
print(struct.pack('@bq', -1, -2))
print(struct.pack('@hd', 3, 1.5))
print(struct.pack('@b0i', 1))
print(struct.pack('@3sh', b'abc', 258))
print(struct.pack('=ci', b'a', 1), struct.pack('<ci', b'a', 1), struct.pack('>ci', b'a', 1))
print(struct.unpack('@ciq', struct.pack('@ciq', b'z', -7, 2**40)))
print(struct.unpack('@?xh', b'\x01\x00\x02\x00'))
print(struct.calcsize('@lLnNP'), struct.calcsize('<lL'), struct.calcsize('>qQ'))
