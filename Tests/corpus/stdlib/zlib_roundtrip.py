# zlib: round trips at every level, wbits and strategy; checksums; byte strings that
# CPython's zlib produced decompress to the same data. Compressed bytes differ between
# zlib implementations, so only their sizes (within ranges) and what they decompress to print.
import zlib

TEXT_Z6 = b"x\x9c\x0bI-\xcaS(*\xcd+Vp\x0e\xa8,\xc9\xc8\xcfS0\xd634T(.I\xccKI,JQ\xc8\xc9L*J,\xaa\xd4S\x08\x19U8\xaapT!H!\x03#\x133\x0b+\x1b;\x07'\x177\x0f/\x1f\xbf\x80\xa0\x90\xb0\x88\xa8\x98\xb8\x84\xa4\x94\xb4\x8c\xac\x9c\xbc\x82\xa2\x92\xb2\x8a\xaa\x9a\xba\x86\xa6\x96\xb6\x8e\xae\x9e\xbe\x81\xa1\x91\xb1\x89\xa9\x99\xb9\x85\xa5\x95\xb5\x8d\xad\x9d\xbd\x83\xa3\x93\xb3\x8b\xab\x9b\xbb\x87\xa7\x97\xb7\x8f\xaf\x9f\x7f@`PpHhXxDdTtLl\\|BbRrJjZzFfVvNn^~AaQqIiYyEeUuMm]}CcSsKk[{GgWwOo_\xff\x84\x89\x93&O\x99:m\xfa\x8c\x99\xb3f\xcf\x99;o\xfe\x82\x85\x8b\x16/Y\xbal\xf9\x8a\x95\xabV\xafY\xbbn\xfd\x86\x8d\x9b6o\xd9\xbam\xfb\x8e\x9d\xbbv\xef\xd9\xbbo\xff\x81\x83\x87\x0e\x1f9z\xec\xf8\x89\x93\xa7N\x9f9{\xee\xfc\x85\x8b\x97._\xb9z\xed\xfa\x8d\x9b\xb7n\xdf\xb9{\xef\xfe\x83\x87\x8f\x1e?y\xfa\xec\xf9\x8b\x97\xaf^\xbfy\xfb\xee\xfd\x87\x8f\x9f>\x7f\xf9\xfa\xed\xfb\x8f\x9f\xbf~\xff\xf9\xfb\xef?\x00\xf7M\x99\xd4"
TEXT_RAW9 = b"\x0bI-\xcaS(*\xcd+Vp\x0e\xa8,\xc9\xc8\xcfS0\xd634T(.I\xccKI,JQ\xc8\xc9L*J,\xaa\xd4S\x08\x19U8\xaapT!H!\x03#\x133\x0b+\x1b;\x07'\x177\x0f/\x1f\xbf\x80\xa0\x90\xb0\x88\xa8\x98\xb8\x84\xa4\x94\xb4\x8c\xac\x9c\xbc\x82\xa2\x92\xb2\x8a\xaa\x9a\xba\x86\xa6\x96\xb6\x8e\xae\x9e\xbe\x81\xa1\x91\xb1\x89\xa9\x99\xb9\x85\xa5\x95\xb5\x8d\xad\x9d\xbd\x83\xa3\x93\xb3\x8b\xab\x9b\xbb\x87\xa7\x97\xb7\x8f\xaf\x9f\x7f@`PpHhXxDdTtLl\\|BbRrJjZzFfVvNn^~AaQqIiYyEeUuMm]}CcSsKk[{GgWwOo_\xff\x84\x89\x93&O\x99:m\xfa\x8c\x99\xb3f\xcf\x99;o\xfe\x82\x85\x8b\x16/Y\xbal\xf9\x8a\x95\xabV\xafY\xbbn\xfd\x86\x8d\x9b6o\xd9\xbam\xfb\x8e\x9d\xbbv\xef\xd9\xbbo\xff\x81\x83\x87\x0e\x1f9z\xec\xf8\x89\x93\xa7N\x9f9{\xee\xfc\x85\x8b\x97._\xb9z\xed\xfa\x8d\x9b\xb7n\xdf\xb9{\xef\xfe\x83\x87\x8f\x1e?y\xfa\xec\xf9\x8b\x97\xaf^\xbfy\xfb\xee\xfd\x87\x8f\x9f>\x7f\xf9\xfa\xed\xfb\x8f\x9f\xbf~\xff\xf9\xfb\xef?\x00"
STORED = b'x\x01\x01\x11\x00\xee\xffstored block data;\xcd\x06w'
FIXED = b'x\x01KLJNDB\x00-\xf5\x05\xbf'
GZ = b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\x03K\xaf\xca,P\xc8M\xcdMJ-R\xc8\xcfK\xe5\x02\x009\x0c\x84\xdd\x10\x00\x00\x00'
ZDICT_STREAM = b'x\xbb\xc0-\x0b\xf3\xc3\x10\xc0T\xa2\x08\x00\x05\xf0\r\xc2'

text = b'Tern runs CPython 3.11 standard library. ' * 20 + bytes(range(256))
print(zlib.decompress(TEXT_Z6) == text, len(zlib.decompress(TEXT_Z6)))
print(zlib.decompress(TEXT_RAW9, -15) == text, zlib.decompress(TEXT_RAW9, -9) == text)
print(zlib.decompress(STORED), zlib.decompress(FIXED))
print(zlib.decompress(GZ, 31), zlib.decompress(GZ, 47), zlib.decompress(TEXT_Z6, 47) == text)
print(zlib.decompress(TEXT_Z6, wbits=0) == text, zlib.decompress(TEXT_Z6, bufsize=1) == text)

# Deterministic data of several kinds.
state = 12345
def noise(count):
    global state
    out = bytearray()
    for _ in range(count):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        out.append(state >> 16 & 0xFF)
    return bytes(out)

samples = {
    'empty': b'',
    'one': b'x',
    'text': b'the quick brown fox jumps over the lazy dog; ' * 300,
    'noise': noise(5000),
    'runs': b'a' * 70000 + b'b' * 3 + b'a' * 1000,
    'mixed': noise(300) * 40 + bytes(range(256)) * 20,
}
for name, data in samples.items():
    sizes = []
    for level in range(-1, 10):
        for wbits in (15, 9, -15, -9, 31, 25):
            packed = zlib.compress(data, level, wbits)
            assert zlib.decompress(packed, wbits) == data, (name, level, wbits)
            if wbits > 0:
                assert zlib.decompress(packed, 47) == data
            if wbits == 15:
                sizes.append(len(packed))
    print(name, len(data), 'round trips ok; level 0 adds little:', sizes[1] - len(data) <= 11 + 5 * (len(data) // 16000 + 1))
    if name == 'noise':
        print('  noise grows by at most 0.5%:', max(sizes) <= len(data) * 1.005 + 20)
    if name in ('text', 'runs'):
        print('  level 9 compresses below 2%:', sizes[10] < len(data) / 50)
    for strategy in range(5):
        c = zlib.compressobj(6, zlib.DEFLATED, 15, 8, strategy)
        assert zlib.decompress(c.compress(data) + c.flush()) == data

print(zlib.crc32(b''), zlib.crc32(b'hello world'), zlib.crc32(b'world', zlib.crc32(b'hello ')))
print(zlib.adler32(b''), zlib.adler32(b'hello world'), zlib.adler32(b'world', zlib.adler32(b'hello ')))
print(zlib.crc32(b'abc', 2**40 + 5), zlib.adler32(b'abc', -1), zlib.adler32(bytearray(b'xyz'), 0))
print(zlib.crc32(memoryview(b'abcdef')[1:4]), zlib.adler32(samples['noise']), zlib.crc32(samples['noise']))
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.DEF_MEM_LEVEL, zlib.DEF_BUF_SIZE, zlib.Z_BEST_COMPRESSION, zlib.Z_FINISH)
print(zlib.Z_NO_FLUSH, zlib.Z_PARTIAL_FLUSH, zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_BLOCK, zlib.Z_TREES)
print(zlib.Z_FILTERED, zlib.Z_HUFFMAN_ONLY, zlib.Z_RLE, zlib.Z_FIXED, zlib.Z_DEFAULT_STRATEGY, zlib.Z_DEFAULT_COMPRESSION)
print(type(zlib.ZLIB_VERSION), zlib.ZLIB_VERSION[0], zlib.error.__mro__[1:])
print(zlib.compress(bytearray(b'ba' * 50)) == zlib.compress(b'ba' * 50), zlib.decompress(bytearray(zlib.compress(b'q'))))
print(zlib.compress(memoryview(b'xyz' * 9)[3:]) == zlib.compress(b'xyz' * 8))
