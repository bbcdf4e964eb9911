# BytesIO.getbuffer() shares the buffer and pins it; bytearray slice assignment keeps its length under a view.
import io
f = io.BytesIO(b'abc')
v = f.getbuffer()
print(bytes(v))
v[0] = 65
print(f.getvalue())
try:
    f.write(b'defg')
except BufferError as e:
    print('BufferError', e)
v.release()
f.write(b'xyzw'); print(f.getvalue())
b = bytearray(b'abcd'); m = memoryview(b)
b[:] = b'wxyz'; print(b, m.tobytes())
try: b[:] = b'abc'
except BufferError as e: print('BufferError', e)
