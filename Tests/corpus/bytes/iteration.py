data = b"\x01\x02\x03\xfe"
total = 0
for byte in data:
    total += byte
print(total, type(data[0]).__name__, type(data[:1]).__name__)
print([b ^ 0xFF for b in data], bytes(b ^ 0xFF for b in data))
print(sorted(b"banana"), max(b"xyz"), sum(b"ab"), b"abc".index(b"c"))
checksum = 0
for i, byte in enumerate(b"Tern VM"):
    checksum = (checksum * 31 + byte * (i + 1)) % 65521
print(checksum)
