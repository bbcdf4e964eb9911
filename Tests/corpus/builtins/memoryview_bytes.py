# memoryview over bytes and bytearray: items, slices that share memory, release, errors.
m=memoryview(b'abc'); print(m.format, m.itemsize, m.ndim, m.shape, m.strides, m.readonly, m.nbytes, m.contiguous, m.c_contiguous)
print(m[0], m[1:].tobytes(), m.tolist(), m.hex(), m == b'abc', bytes(m[::2]), m[-1], len(m[1:]))
ba=bytearray(b'xyz'); v=memoryview(ba); v[0]=65; v[1:3]=b'BC'; print(ba)
try: m[0]=1
except TypeError as e: print(e)
try: hash(v)
except ValueError as e: print(e)
print(hash(m)==hash(b'abc'), isinstance(m, memoryview), type(m).__name__)
v.release()
try: v[0]
except ValueError as e: print(e)
try: memoryview(3)
except TypeError as e: print(e)
try: memoryview('s')
except TypeError as e: print(e)
with memoryview(bytearray(b'hello')) as w:
    w[1:3] = b'EL'
    print(w.tobytes(), w[1:4][1], w.obj)
try: m[5]
except IndexError as e: print(e)
