# zlib's Compress and Decompress objects: data fed in small pieces, every flush mode,
# max_length with unconsumed_tail, unused_data after the end of a stream, copy(), zdict.
# Compressed bytes differ between zlib implementations, so only what they decompress to prints.
import random
import zlib

data = (b'streaming data, ' * 500 + random.Random(99).randbytes(3000)) * 3

# Compress in pieces, decompress in pieces.
for level in (0, 1, 6, 9):
    for wbits in (15, -12, 31):
        c = zlib.compressobj(level, zlib.DEFLATED, wbits)
        packed = b''.join(c.compress(data[i:i + 777]) for i in range(0, len(data), 777)) + c.flush()
        d = zlib.decompressobj(wbits)
        pieces = [d.decompress(packed[i:i + 13]) for i in range(0, len(packed), 13)]
        out = b''.join(pieces) + d.flush()
        print(level, wbits, out == data, d.eof, d.unused_data, d.unconsumed_tail)

# Flush modes: after a sync or full flush, everything so far decompresses.
c = zlib.compressobj()
d = zlib.decompressobj()
got = b''
for mode in (zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_PARTIAL_FLUSH, zlib.Z_BLOCK, zlib.Z_NO_FLUSH):
    part = c.compress(b'chunk %d ' % mode * 50) + c.flush(mode)
    got += d.decompress(part)
    if mode in (zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH):
        print(mode, part[-4:] == b'\x00\x00\xff\xff', got.endswith(b'chunk %d ' % mode))
print(c.flush(zlib.Z_NO_FLUSH))
got += d.decompress(c.flush())
print(len(got), got.count(b'chunk'), d.eof)

# max_length: output comes in bounded pieces; the rest waits in unconsumed_tail.
packed = zlib.compress(data)
d = zlib.decompressobj()
out = d.decompress(packed, 1000)
sizes = [len(out)]
while d.unconsumed_tail:
    piece = d.decompress(d.unconsumed_tail, 1000)
    sizes.append(len(piece))
    out += piece
out += d.flush()
print(out == data, max(sizes), d.eof)
d = zlib.decompressobj()
print(d.decompress(zlib.compress(b'hello' * 10), 7), len(d.flush()), d.eof)

# unused_data: what follows the end of the stream, across calls.
d = zlib.decompressobj()
print(d.decompress(zlib.compress(b'first') + b'EXTRA'), d.unused_data, d.eof)
print(d.decompress(b'MORE'), d.unused_data)
d = zlib.decompressobj()
packed = zlib.compress(b'byte by byte') + b'tail'
print(b''.join(d.decompress(packed[i:i + 1]) for i in range(len(packed))), d.unused_data)
d = zlib.decompressobj(31)
packed = zlib.compress(b'one', wbits=31) + zlib.compress(b'two', wbits=31)
print(d.decompress(packed), len(d.unused_data), zlib.decompress(d.unused_data, 31))

# copy(): both copies go on independently.
c = zlib.compressobj()
first = c.compress(b'shared prefix ' * 20)
twin = c.copy()
a = first + c.compress(b'A' * 100) + c.flush()
b = first + twin.compress(b'B' * 100) + twin.flush()
print(zlib.decompress(a)[-3:], zlib.decompress(b)[-3:])
d = zlib.decompressobj()
half = d.decompress(a[:len(a) // 2])
e = d.copy()
print(half + d.decompress(a[len(a) // 2:]) == half + e.decompress(a[len(a) // 2:]) == zlib.decompress(a))
import copy
print(type(copy.copy(zlib.compressobj())).__name__, type(copy.deepcopy(zlib.decompressobj())).__name__)

# zdict: a preset dictionary, with the zlib header's id, and raw.
words = b'alpha beta gamma delta epsilon'
c = zlib.compressobj(zdict=words)
packed = c.compress(b'gamma delta alpha beta') + c.flush()
print(zlib.decompressobj(zdict=words).decompress(packed))
c = zlib.compressobj(wbits=-15, zdict=words)
packed = c.compress(b'epsilon alpha') + c.flush()
print(zlib.decompressobj(wbits=-15, zdict=bytearray(words)).decompress(packed))

# Objects and their types.
print(type(zlib.compressobj()).__name__, type(zlib.decompressobj()).__module__)
print(repr(zlib.decompressobj().unused_data), repr(zlib.decompressobj().unconsumed_tail), zlib.decompressobj().eof)

# max_length over stored blocks and long matches (output room shorter than a copy).
for level in (0, 9):
    packed = zlib.compress(b'0123456789' * 3000, level)
    d = zlib.decompressobj()
    out = d.decompress(packed, 100)
    while d.unconsumed_tail or not d.eof:
        out += d.decompress(d.unconsumed_tail, 777)
    print(level, len(out), out == b'0123456789' * 3000)
