print(bytes("abc", "ascii"), "abc".encode(), b"abc".decode("ascii"))
print(int.from_bytes(b"\xff\xff", "big"), int.from_bytes(b"\xff\xff", "big", signed=True))
print((65535).to_bytes(2, "big"), (-1).to_bytes(2, "big", signed=True))
print(bytes([0x41, 0x42]).decode(), list(bytes("é", "utf-8")), bytes.fromhex("ff00").hex())
print(b"%d-%s" % (5, b"x"), b"%05.1f" % 2.25, b"%c" % 65)
print(b"a,b,c".split(b","), b"a b".partition(b" "), b"xXx".lower(), b"12".isdigit(), b"ab".isalpha())
try:
    bytes([300])
except ValueError as error:
    print("ValueError:", error)
try:
    bytes("abc")
except TypeError as error:
    print("TypeError:", error)
