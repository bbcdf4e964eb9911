b = b"hello world"
print(b, len(b), b[0], b[-1], b[0:5], b[::-1], b[::2])
print(b.upper(), b.title(), b.split(), b.replace(b"o", b"0"), b.find(b"wor"), b.count(b"l"))
print(b"," .join([b"a", b"b"]), b.startswith(b"he"), b.endswith(b"x"), b"lo" in b, 111 in b)
print(b + b"!", b"ab" * 3, b.strip(b"hd"), b"  x ".strip())
print(list(b[:3]), bytes([65, 66, 67]), bytes(3), bytes(range(5)))
print(b.hex(), bytes.fromhex("48 65 6c"), b"\x00\xff".hex(), b.decode())
print(b == b"hello world", b < b"help", b"a" < b"b", b"" == bytes())
try:
    b[0] = 1
except TypeError as error:
    print("TypeError:", error)
try:
    b + "str"
except TypeError as error:
    print("TypeError:", error)
