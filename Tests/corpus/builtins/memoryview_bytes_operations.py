# bytes and bytearray operations that take any buffer: concatenation, find, startswith, reversed.
import array
m = memoryview(b'ab')
print(b'x' + m, bytearray(b'y') + m, b'x' + memoryview(bytearray(b'q')))
ba = bytearray(b'z'); ba += m; print(ba)
print(m.tobytes() in b'xaby')
print(b'xaby'.find(m), b'xaby'.startswith(memoryview(b'xa')), bytes(array.array('h', [1])))
print(memoryview(b'abc').tolist() == list(b'abc'), list(reversed(memoryview(b'abc'))))
m.release()
for f in [lambda: b'x'+m, lambda: bytearray(b'x')+m]:
  try: f()
  except Exception as e: print(type(e).__name__, e)
