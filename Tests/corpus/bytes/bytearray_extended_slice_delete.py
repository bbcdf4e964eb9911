# Assigning an empty sequence to an extended slice of a bytearray deletes its items
# (and is a resize, refused while a memoryview is alive).
b = bytearray(range(10))
b[1:-1:2] = b''
print(b)
b = bytearray(range(10))
b[::-3] = []
print(b)
b = bytearray(range(10))
b[5:5:2] = b''
print(b)
view = memoryview(b)
try:
    b[1:-1:2] = b''
except BufferError as e:
    print('BufferError', e)
print(b)
try:
    b[::2] = b'x'
except ValueError as e:
    print('ValueError', e)
