# CPython's own base64 module (lib/python3.11) on top of Tern's binascii.
import base64

data = b"Hello, World! \x00\xff\xfe binary \x10\x80 and more text to wrap lines" * 3
for value in [b"", b"a", b"ab", b"abc", b"\xfb\xff\xfe", data]:
    print(base64.b64encode(value)[:80], base64.b64decode(base64.b64encode(value)) == value)
print(base64.b64encode(b"\xfb\xff", altchars=b"-_"), base64.b64decode(b"-_8=", altchars=b"-_"))
print(base64.b64decode("aGVsbG8="), base64.b64decode(b"aGVs\nbG8="), base64.standard_b64encode(b"xyz"), base64.standard_b64decode("eHl6"))
print(base64.urlsafe_b64encode(b"\xfb\xff\xbf"), base64.urlsafe_b64decode(b"-_-_"), base64.urlsafe_b64decode("-_8="))
try:
    base64.b64decode(b"aGVs\nbG8=", validate=True)
except Exception as error:
    print(type(error).__name__, error)
try:
    base64.b64decode(b"aGVsbG8")
except Exception as error:
    print(type(error).__name__, error)

print("-- b32")
for value in [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar"]:
    encoded = base64.b32encode(value)
    print(encoded, base64.b32decode(encoded) == value, base64.b32hexencode(value), base64.b32hexdecode(base64.b32hexencode(value)) == value)
print(base64.b32decode(b"mzxw6===", casefold=True), base64.b32decode(b"MZXW6YQ=".replace(b"O", b"0"), map01=b"L"))
try:
    base64.b32decode(b"MZXW6")
except Exception as error:
    print(type(error).__name__, error)

print("-- b16")
print(base64.b16encode(b"\x00\x01\xab\xff"), base64.b16decode(b"0001ABFF"), base64.b16decode(b"00ab", casefold=True))
try:
    base64.b16decode(b"00ab")
except Exception as error:
    print(type(error).__name__, error)

print("-- a85 / b85")
for value in [b"", b"a", b"\x00\x00\x00\x00", b"    ", b"Hello, World!", data[:40]]:
    a85 = base64.a85encode(value)
    b85 = base64.b85encode(value)
    print(a85, b85, base64.a85decode(a85) == value, base64.b85decode(b85) == value)
print(base64.a85encode(b"hello world", foldspaces=True, wrapcol=10, pad=True, adobe=True))
print(base64.a85decode(b"<~BOu!rD]j7BEbo7~>", adobe=True), base64.b85encode(b"abc", pad=True))

print("-- encodebytes")
encoded = base64.encodebytes(data * 2)
print(encoded.count(b"\n"), encoded[:80], base64.decodebytes(encoded) == data * 2)
print(base64.encodebytes(b""), base64.encodebytes(b"x"))

