# gzip over zlib: one-shot, GzipFile over BytesIO, several members, data CPython made.
import gzip
import io
import zlib

data = b''.join(b'line %d of the file\n' % i for i in range(300))

packed = gzip.compress(data, mtime=0)
print(gzip.decompress(packed) == data, packed[:4], len(packed) < len(data) // 4)
print(gzip.decompress(gzip.compress(b'', mtime=0)))
print(gzip.decompress(gzip.compress(b'first ', mtime=0) + gzip.compress(b'second', mtime=0)))
for level in (0, 1, 9):
    print(level, gzip.decompress(gzip.compress(data, compresslevel=level, mtime=0)) == data)
# Made by CPython: gzip.compress(b'gzip member one\n', mtime=0)
print(gzip.decompress(b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\x03K\xaf\xca,P\xc8M\xcdMJ-R\xc8\xcfK\xe5\x02\x009\x0c\x84\xdd\x10\x00\x00\x00'))

buffer = io.BytesIO()
with gzip.GzipFile(fileobj=buffer, mode='wb', mtime=0, filename='notes.txt') as f:
    for i in range(0, len(data), 1000):
        f.write(data[i:i + 1000])
raw = buffer.getvalue()
print(raw[3] & 8 != 0, b'notes.txt\x00' in raw)
buffer.seek(0)
with gzip.GzipFile(fileobj=buffer, mode='rb') as f:
    print(f.read(10), f.readline(), len(f.read()))
buffer.seek(0)
with gzip.open(buffer, 'rt', encoding='ascii') as f:
    lines = f.readlines()
print(len(lines), lines[-1])
print(zlib.decompress(raw, 31) == data)
try:
    gzip.decompress(raw[:-5])
except EOFError as error:
    print('EOFError', error)
try:
    gzip.decompress(b'not gzip data at all')
except gzip.BadGzipFile as error:
    print('BadGzipFile', error)
