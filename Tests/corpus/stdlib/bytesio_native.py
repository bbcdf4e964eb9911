# io.BytesIO (native): reading, writing past the end, seek/truncate errors, readinto,
# pickling with an attribute, subclassing, the closed state; bytearray slice assignment in place.
import io
b=io.BytesIO(b'hello\nworld\n')
for f in [lambda: b.seek(-1,5), lambda: b.seek(-1), lambda: b.seek('a'), lambda: b.seek(1.5), lambda: b.read('x'), lambda: b.truncate(-1), lambda: b.write('s'), lambda: b.write(5), lambda: io.BytesIO('x'), lambda: b.readline(1.0), lambda: b.readinto(b'xx'), lambda: b.fileno(), lambda: b.detach(), lambda: io.BytesIO(initial_bytes=b'a', x=1), lambda: io.BytesIO(b'', b'')]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
print(b.seek(-5, 1), b.seek(-100,2), b.tell())
print(b.read(3), b.readline(), b.readline(2), b.readlines(), b.read(), b.tell())
b.seek(20); b.write(b'xy'); print(b.getvalue())
b.seek(2); print(b.write(bytearray(b'ZZ')), b.getvalue(), b.truncate(4), b.tell(), b.getvalue())
ba = bytearray(3); b.seek(0); print(b.readinto(ba), ba, b.tell())
print(list(io.BytesIO(b'a\nb\n\nc')), io.BytesIO(b'a\nbc\nd').readlines(2))
import pickle
c = io.BytesIO(b'abc'); c.read(1); c.x = 5
d = pickle.loads(pickle.dumps(c)); print(d.getvalue(), d.tell(), d.x)
print(isinstance(c, io.BufferedIOBase), isinstance(c, io.IOBase), isinstance(c, io.RawIOBase))
class My(io.BytesIO):
    def __init__(self, data, tag):
        super().__init__(data); self.tag = tag
m = My(b'q', 't'); print(m.read(), m.tag, type(m).__name__)
with io.BytesIO() as w:
    w.writelines([b'a', b'bc']); print(w.getvalue(), w.closed)
print(w.closed)
mv = io.BytesIO(b'abc').getbuffer(); print(bytes(mv), len(mv))
b.close()
for f in [lambda: b.read(), lambda: b.getvalue(), lambda: b.tell(), lambda: b.closed, lambda: b.readable(), lambda: b.flush(), lambda: b.isatty(), lambda: b.getbuffer(), lambda: b.__getstate__(), lambda: b.close(), lambda: b.writelines([]), lambda: b.fileno(), lambda: b.__enter__(), lambda: next(b), lambda: b.write(b'')]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
print(io.BytesIO.__module__, io.BytesIO().__getstate__(), io.BytesIO.__name__)
ba = bytearray(b'0123456789'); ba[2:5] = b'ab'; print(ba); ba[8:] = b'XYZW'; print(ba); ba[0:0] = b'--'; print(ba)
ba[::2] = b'qqqqqqq'; print(ba)
