# open() on files that are not regular files: devices, /dev/null and pipes are read
# only as far as each read asks (an endless device must not be read whole).
import os
import time

with open('/dev/urandom', 'rb') as f:
    print(len(f.read(16)), len(f.read(0)), f.read(0))
    print(len(f.read(100000)), type(f.read(1)).__name__)
    buffer = bytearray(20)
    print(f.readinto(buffer))

with open('/dev/zero', 'rb') as f:
    print(f.read(8) == b'\0' * 8, f.read(70000) == bytes(70000), f.read(0))
    buffer = bytearray(b'x' * 5)
    print(f.readinto(buffer), buffer)

with open('/dev/zero') as f:
    text = f.read(5)
    print(len(text), text == '\0' * 5, repr(f.read(3)), repr(f.read(0)))

print(repr(open('/dev/null').read()), repr(open('/dev/null', 'rb').read()))
print(open('/dev/null').readlines(), repr(open('/dev/null').readline()))
with open('/dev/null') as f:
    print(list(f))

# A pipe opened by name, written in one piece.
r, w = os.pipe()
os.write(w, 'line one\r\nzwei \u00e9\u20ac\nthree'.encode())
os.close(w)
with open('/dev/fd/%d' % r) as f:
    print(f.seekable(), repr(f.readline()), repr(f.read(6)), repr(f.read()), repr(f.read()))
os.close(r)

r, w = os.pipe()
os.write(w, b'ab\r\ncd\nend')
os.close(w)
with open('/dev/fd/%d' % r, 'rb') as f:
    print(f.read(1), f.readline(), list(f))
os.close(r)


def piped(pieces, mode):
    """What a file opened on a pipe reads, a forked child writing `pieces` with pauses."""
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(r)
        for piece in pieces:
            os.write(w, piece)
            time.sleep(0.02)
        os._exit(0)
    os.close(w)
    with open('/dev/fd/%d' % r, mode) as f:
        result = [f.readline(), f.read(2), f.read()]
    os.close(r)
    os.waitpid(pid, 0)
    return result


# A character and a "\r\n" split across writes.
print(piped([b'caf\xc3', b'\xa9\r', b'\nx\xe2\x82', b'\xacy', b'\r', b'\rz'], 'r'))
print(piped([b'caf\xc3', b'\xa9\r', b'\nx\xe2\x82', b'\xacy', b'\r', b'\rz'], 'rb'))
