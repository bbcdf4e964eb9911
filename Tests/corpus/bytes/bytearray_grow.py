# A bytearray grown by many extend() and += calls (linear, in place), with
# self-extension, iterables, memoryviews, identity after +=, and errors.
data = bytearray()
line = bytearray(b"acgt" * 15 + b"\n")
for number in range(20000):
    line[number % 60] = 97 + number % 26
    if number % 2:
        data.extend(line)
    else:
        data += line
print(len(data), data[:12], data[-12:], data.count(b"\n"), sum(data) % 1000003)

alias = data
data += b"tail"
print(alias is data, data[-8:])

small = bytearray(b"ab")
small.extend(small)
small += bytes(small)
print(small)
small.extend(range(65, 70))
small.extend(x for x in b"xyz")
small.extend(memoryview(b"MV"))
small.extend(b"")
small += b""
print(small, len(small))

frozen = b"by"
result = frozen + bytearray(b"te")
frozen += bytearray(b"s")
print(result, type(result).__name__, frozen, type(frozen).__name__)

for bad in ("text", [256], [-1], [1.5]):
    try:
        small.extend(bad)
    except (TypeError, ValueError) as error:
        print(type(error).__name__ + ":", error)
try:
    small += "text"
except TypeError as error:
    print("TypeError:", error)
print(small)

# Slices of a large buffer copy only the slice (BytesIO-style reads).
reader = bytearray(range(256)) * 40
position, total = 0, 0
while position < len(reader):
    chunk = reader[position:position + 8]
    total = (total * 7 + sum(chunk) + len(chunk)) % 1000003
    position += 8
print(total, reader[5:9], reader[-3:], reader[250:260:3], reader[10:2:-3], reader[20:10], reader[len(reader) + 5:])
print(type(reader[1:3]).__name__, reader[::2560], len(reader[::-1]))


class Shrinking:
    def __init__(self, target, value):
        self.target, self.value = target, value

    def __index__(self):
        self.target.clear()
        return self.value


victim = bytearray(b"abcdefgh")
print(victim[Shrinking(victim, 1):6], victim)
