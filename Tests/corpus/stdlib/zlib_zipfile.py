# zipfile with ZIP_DEFLATED (over zlib), in memory.
import io
import zipfile
import zlib

data = b''.join(b'line %d of the file\n' % i for i in range(300))
archive = io.BytesIO()
with zipfile.ZipFile(archive, 'w', compression=zipfile.ZIP_DEFLATED) as z:
    z.writestr('data.txt', data)
    z.writestr('small.txt', b'tiny')
    z.writestr('stored.txt', b'kept as is', compress_type=zipfile.ZIP_STORED)
    z.writestr('level9.txt', data[:5000], compresslevel=9)
    with z.open('streamed.bin', 'w') as member:
        for i in range(20):
            member.write(bytes([i]) * 300)
archive.seek(0)
# Names are read as UTF-8 (Tern has no cp437 codec yet, zipfile's default for them).
with zipfile.ZipFile(archive, metadata_encoding='utf-8') as z:
    print(z.testzip())
    for info in z.infolist():
        content = z.read(info.filename)
        print(info.filename, info.compress_type, info.file_size, len(content), info.CRC == zlib.crc32(content),
              info.compress_size < info.file_size if info.compress_type == zipfile.ZIP_DEFLATED else info.compress_size)
    print(z.read('data.txt') == data)
    with z.open('streamed.bin') as member:
        print(member.read(5), len(member.read()))
