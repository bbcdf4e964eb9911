# binascii's conversions: base64, uuencode, hex, quoted-printable and the CRCs,
# on bytes, bytearray, memoryview and ASCII str arguments.
import binascii

samples = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256)),
           b"\x00\xff\x10 \n", b"The quick brown fox jumps over the lazy dog"]

print("-- base64")
for data in samples:
    encoded = binascii.b2a_base64(data)
    print(encoded[:60], binascii.b2a_base64(data, newline=False)[-4:])
    assert binascii.a2b_base64(encoded) == data
    assert binascii.a2b_base64(encoded.decode()) == data
    assert binascii.a2b_base64(encoded[:-1], strict_mode=True) == data
print(binascii.b2a_base64(bytearray(b"abc")), binascii.b2a_base64(memoryview(b"xabcx")[1:4]))
print(binascii.a2b_base64(b"Zm9v\nYmFy\r\n"), binascii.a2b_base64(b" Z m 9 v "), binascii.a2b_base64(b"Zm9v!!YmE=junk"))
print(binascii.a2b_base64(b"Zg=="), binascii.a2b_base64(b"Zg==Zm9v"), binascii.a2b_base64(b"Zg=a="), binascii.a2b_base64(b"Zm8="))
print(binascii.a2b_base64(b"Zm9v===="), binascii.a2b_base64(b"=Zm9v"), binascii.a2b_base64(b"Z=m9v"), binascii.a2b_base64(""))
print(binascii.a2b_base64(bytearray(b"YWJj")), binascii.a2b_base64(memoryview(b"..YWJj..")[2:6]))
print(binascii.a2b_base64(b"\xffYW\x80Jj"), binascii.a2b_base64(b"YWJj", strict_mode=0), binascii.b2a_base64(b"ab", newline=0))

print("-- uu")
for data in samples[:8]:
    line = binascii.b2a_uu(data[:45])
    print(line[:62], binascii.b2a_uu(data[:45], backtick=True)[:20])
    assert binascii.a2b_uu(line) == data[:45]
print(binascii.a2b_uu(b""), binascii.a2b_uu(" "), binascii.a2b_uu(b"#86)C\n"), binascii.a2b_uu(b"#86)C  \r\n"))
print(binascii.a2b_uu(b"#86"), binascii.a2b_uu(b"!````"), binascii.a2b_uu(b"`"), binascii.b2a_uu(b""), binascii.b2a_uu(b"", backtick=True))
print(binascii.a2b_uu(b"$86)C`` `"), binascii.a2b_uu(bytearray(b"!80")), binascii.a2b_uu(b"\xff86)C"[1:] if False else b"#86)C"))

print("-- hex")
for data in samples:
    text = binascii.hexlify(data)
    print(text[:40], binascii.b2a_hex(data) == text, binascii.unhexlify(text) == data, binascii.a2b_hex(text.upper()) == data)
print(binascii.hexlify(b"\x01\x02\x03\x04\x05", "-"), binascii.hexlify(b"\x01\x02\x03\x04\x05", b":", 2))
print(binascii.hexlify(b"\x01\x02\x03\x04\x05", ":", -2), binascii.b2a_hex(b"\x01\x02\x03", sep=" ", bytes_per_sep=5))
print(binascii.b2a_hex(b"\xab\xcd", "\xe9"), binascii.hexlify(b"abc", "-", 0), binascii.hexlify(b"", "-"), binascii.hexlify(memoryview(b"xyz")))
print(bytes.hex(b"\x01\x02\x03", "-"), b"\x01\x02\x03\x04".hex(":", -3), bytearray(b"\xff\x00").hex(b"|"))
print(repr(b"".hex()), repr(bytearray().hex("-")), repr(b"".hex(":", 2)), memoryview(b"\x01\x02").hex())
print(binascii.a2b_hex("0aFf"), binascii.unhexlify(bytearray(b"")), binascii.unhexlify(memoryview(b"6869")))

print("-- qp")
print(binascii.b2a_qp(b"hello = world\t\nsecond line \nthird\r\n"))
print(binascii.b2a_qp(b"line\r\nwith crlf \r\nend\n"))
print(binascii.b2a_qp(b"tab\there and space here", quotetabs=True))
print(binascii.b2a_qp(b"under_score and space", header=True))
print(binascii.b2a_qp(b"binary\r\nnewline\n", istext=False))
print(binascii.b2a_qp(b"x" * 80 + b"\n" + b"y" * 75 + b"=" + b"z" * 10))
print(binascii.b2a_qp(b".\n.x\n."), binascii.b2a_qp(b"end with space "), binascii.b2a_qp(b"end\t"), binascii.b2a_qp(bytes(range(0, 256, 7))))
print(binascii.b2a_qp(b"a" * 74 + b"==" + b"b"), binascii.b2a_qp(b""), binascii.b2a_qp(b"\x00.\r"))
print(binascii.a2b_qp(b"hello =3D world=20\nsoft=\nbreak=\r\nagain"), binascii.a2b_qp("under_score", header=True))
print(binascii.a2b_qp(b"a==b =4 =zz =A"), binascii.a2b_qp(b"=4a=4A="), binascii.a2b_qp(b"trail=  \nnext"), binascii.a2b_qp(""))
for data in samples:
    assert binascii.a2b_qp(binascii.b2a_qp(data)) == data, data
    assert binascii.a2b_qp(binascii.b2a_qp(data, True, False, True), header=True) == data, data

print("-- crc")
for data in samples:
    print(binascii.crc32(data), binascii.crc32(data, 12345), binascii.crc_hqx(data, 0), binascii.crc_hqx(data, 0xFFFF))
print(binascii.crc32(b"hello", -1), binascii.crc32(b"hello", 2**100 + 7), binascii.crc32(b"world", binascii.crc32(b"hello ")))
print(binascii.crc32(b"hello world"), binascii.crc_hqx(b"hello", 2**40 + 3), binascii.crc_hqx(b"x", -1), binascii.crc32(memoryview(b"abc")))

print("-- hot loop")
total = 0
for i in range(3000):
    chunk = bytes([i % 256, (i * 7) % 256, (i * 13) % 256]) * (i % 5 + 1)
    encoded = binascii.b2a_base64(chunk, newline=False)
    assert binascii.a2b_base64(encoded) == chunk
    total += binascii.crc32(encoded) % 1000 + len(binascii.hexlify(chunk)) + binascii.crc_hqx(chunk, i) % 7
print(total)
