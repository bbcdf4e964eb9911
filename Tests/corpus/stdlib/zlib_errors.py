# zlib's errors as CPython raises them (its messages are zlib 1.2.13's): corrupt and
# truncated streams, bad arguments, finished streams, dictionaries.
import zlib

def attempt(label, function):
    try:
        result = function()
    except Exception as error:
        print(label, '->', type(error).__name__, error)
    else:
        print(label, '->', repr(result)[:60])

def pack(fields):
    """Bits in DEFLATE's order: (value, width) fields from the least significant bit,
    and ('code', value, width) Huffman codes from the most significant."""
    bits = []
    for field in fields:
        if field[0] == 'code':
            bits += [(field[1] >> (field[2] - 1 - i)) & 1 for i in range(field[2])]
        else:
            bits += [(field[0] >> i) & 1 for i in range(field[1])]
    bits += [0] * (-len(bits) % 8)
    return bytes(sum(bits[i + j] << j for j in range(8)) for i in range(0, len(bits), 8))

FIXED_FINAL = [(1, 1), (1, 2)]
LITERAL_A = ('code', 0x30 + ord('a'), 8)
LENGTH_3 = ('code', 1, 7)
END = ('code', 0, 7)

good = zlib.compress(b'hello hello hello hello')
attempt('truncated', lambda: zlib.decompress(good[:-3]))
attempt('empty', lambda: zlib.decompress(b''))
attempt('header check', lambda: zlib.decompress(b'\x78\x9d'))
attempt('method', lambda: zlib.decompress(b'\x00\x00'))
attempt('window', lambda: zlib.decompress(good, wbits=8))
attempt('gzip header', lambda: zlib.decompress(good, wbits=31))
attempt('data check', lambda: zlib.decompress(good[:-1] + bytes([good[-1] ^ 1])))
attempt('block type', lambda: zlib.decompress(b'\x07', -15))
attempt('stored lengths', lambda: zlib.decompress(b'\x01\x05\x00\x00\x00', -15))
attempt('fixed block', lambda: zlib.decompress(pack(FIXED_FINAL + [LITERAL_A, LENGTH_3, ('code', 0, 5), END]), -15))
attempt('too far back', lambda: zlib.decompress(pack(FIXED_FINAL + [LITERAL_A, LENGTH_3, ('code', 1, 5), END]), -15))
attempt('distance code', lambda: zlib.decompress(pack(FIXED_FINAL + [LITERAL_A, LENGTH_3, ('code', 30, 5), END]), -15))
attempt('literal code', lambda: zlib.decompress(pack(FIXED_FINAL + [LITERAL_A, ('code', 0xC6, 8), END]), -15))
attempt('too many symbols', lambda: zlib.decompress(pack([(1, 1), (2, 2), (30, 5), (0, 5), (0, 4)]), -15))
attempt('code lengths set', lambda: zlib.decompress(pack([(1, 1), (2, 2), (0, 5), (0, 5), (0, 4), (1, 3), (1, 3), (1, 3), (1, 3)]) + b'\x00' * 8, -15))
attempt('bit length repeat', lambda: zlib.decompress(pack([(1, 1), (2, 2), (0, 5), (0, 5), (0, 4), (1, 3), (1, 3), (0, 3), (0, 3),
                                                           ('code', 0, 1)]) + b'\x00' * 8, -15))
attempt('missing end', lambda: zlib.decompress(pack([(1, 1), (2, 2), (0, 5), (0, 5), (0, 4), (0, 3), (0, 3), (1, 3), (1, 3)]
                                                    + [('code', 0, 1)] * 258) + b'\x00' * 8, -15))
attempt('trailing data', lambda: zlib.decompress(good + b'junk'))
gz = zlib.compress(b'payload', wbits=31)
attempt('gzip crc', lambda: zlib.decompress(gz[:-8] + bytes([gz[-8] ^ 1]) + gz[-7:], 31))
attempt('gzip length', lambda: zlib.decompress(gz[:-4] + b'\x00\x00\x00\x00', 31))
attempt('gzip flags', lambda: zlib.decompress(gz[:3] + b'\xe0' + gz[4:], 31))
attempt('gzip method', lambda: zlib.decompress(gz[:2] + b'\x07' + gz[3:], 31))

attempt('bad wbits', lambda: zlib.decompress(good, wbits=100))
attempt('compress wbits', lambda: zlib.compress(b'', wbits=-8))
attempt('compress level', lambda: zlib.compress(b'', level=10))
attempt('compress wbits 8', lambda: zlib.decompress(zlib.compress(b'small window', wbits=8)))
attempt('str data', lambda: zlib.compress('text'))
attempt('str decompress', lambda: zlib.decompress('text'))
attempt('bufsize', lambda: zlib.decompress(good, bufsize=-1))
attempt('level type', lambda: zlib.compress(b'', level='x'))
attempt('no data', lambda: zlib.compress())
attempt('data keyword', lambda: zlib.compress(data=b''))
attempt('too many', lambda: zlib.decompress(b'', 1, 2, 3))
for options in ({'level': 10}, {'method': 9}, {'wbits': 99}, {'memLevel': 10}, {'strategy': 9}, {'foo': 1}):
    attempt('compressobj %s' % options, lambda: zlib.compressobj(**options))
attempt('decompressobj wbits', lambda: zlib.decompressobj(wbits=99))
attempt('decompressobj zdict', lambda: zlib.decompressobj(zdict='x'))
attempt('crc32 none', lambda: zlib.crc32())
attempt('crc32 keyword', lambda: zlib.crc32(value=1))
attempt('adler32 str', lambda: zlib.adler32('abc'))
attempt('adler32 three', lambda: zlib.adler32(b'', 1, 2))
attempt('Compress()', lambda: type(zlib.compressobj())())

c = zlib.compressobj()
c.compress(b'data')
c.flush()
attempt('compress after finish', lambda: c.compress(b'more'))
attempt('flush after finish', lambda: c.flush())
attempt('flush none after finish', lambda: c.flush(zlib.Z_NO_FLUSH))
attempt('copy after finish', lambda: c.copy())
attempt('flush bad mode', lambda: zlib.compressobj().flush(99))
attempt('compress no args', lambda: zlib.compressobj().compress())
attempt('compress two args', lambda: zlib.compressobj().compress(b'a', b'b'))
attempt('flush keyword', lambda: zlib.compressobj().flush(mode=2))
attempt('copy argument', lambda: zlib.compressobj().copy(1))

d = zlib.decompressobj()
attempt('max_length negative', lambda: d.decompress(good, -1))
attempt('flush zero', lambda: d.flush(0))
attempt('decompress no args', lambda: d.decompress())
attempt('corrupt in stream', lambda: zlib.decompressobj().decompress(b'\x00\x00\x00'))
attempt('truncated stream object', lambda: zlib.decompressobj().decompress(good[:-3]))
d = zlib.decompressobj()
d.decompress(good[:-3])
attempt('flush truncated', lambda: d.flush())
print(d.eof)

c = zlib.compressobj(zdict=b'hellohello')
withdict = c.compress(b'hello' * 10) + c.flush()
attempt('needs dictionary', lambda: zlib.decompress(withdict))
attempt('object without zdict', lambda: zlib.decompressobj().decompress(withdict))
attempt('wrong zdict', lambda: zlib.decompressobj(zdict=b'wrongwrong').decompress(withdict))
attempt('right zdict', lambda: zlib.decompressobj(zdict=b'hellohello').decompress(withdict))
attempt('gzip zdict', lambda: zlib.compressobj(wbits=31, zdict=b'abc'))
