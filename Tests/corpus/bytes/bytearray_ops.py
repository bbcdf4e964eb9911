ba = bytearray(b"abc")
ba.append(100)
ba.extend(b"ef")
ba[0] = 65
print(ba, len(ba), bytes(ba))
ba[1:3] = b"XYZ"
print(ba)
del ba[0]
print(ba, ba.pop(), ba)
ba.insert(0, 33)
ba.reverse()
print(ba, ba.decode(), ba.upper())
print(bytearray(4), bytearray([1, 2]), bytearray("hé", "utf-8"))
ba += b"!!"
print(ba, ba * 2 == ba + ba, ba.count(b"!"))
try:
    ba.append(256)
except ValueError as error:
    print("ValueError:", error)
