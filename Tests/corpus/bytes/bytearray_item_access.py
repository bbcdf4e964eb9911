# b[i] and b[i] = v on a bytearray: in range, negative, out of range, values at and past
# the byte's bounds, bools, __index__ objects, and subclasses that define their own.

charmap = bytearray(8)
for i in range(0, 8, 3):
    charmap[i] = 1
charmap[-1] = 255
charmap[True] = True
print(charmap, charmap[0], charmap[-1], charmap[-8], charmap[True])

for key, value in [(8, 1), (-9, 1), (0, 256), (0, -1), (0, 2**70), (2**70, 1), ("0", 1), (0, "1"), (0, 1.0)]:
    try:
        charmap[key] = value
        print("stored", key, value)
    except (IndexError, ValueError, TypeError) as error:
        print(type(error).__name__, error)

for key in [8, -9, 2**70, "0", 1.5]:
    try:
        print(charmap[key])
    except (IndexError, TypeError) as error:
        print(type(error).__name__, error)


class Index:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


charmap[Index(2)] = Index(7)
print(charmap[Index(2)], charmap)


class Logged(bytearray):
    def __setitem__(self, key, value):
        print("set", key, value)
        super().__setitem__(key, value)

    def __getitem__(self, key):
        print("get", key)
        return super().__getitem__(key)


logged = Logged(b"abc")
logged[1] = 66
print(logged[1], bytes(logged))

# Writes through a memoryview and reads back through the bytearray see the same bytes.
buffer = bytearray(4)
view = memoryview(buffer)
buffer[2] = 9
view[1] = 8
print(buffer, view[2], buffer[1])
view.release()

empty = bytearray()
try:
    empty[0] = 1
except IndexError as error:
    print(error)
