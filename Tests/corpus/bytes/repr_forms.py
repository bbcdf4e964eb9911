for b in [b"", b"'", b'"', b"'\"", b"\\", b"\t\n\r", b"\x7f\x80", bytes(range(0, 256, 17))]:
    print(repr(b), str(b))
print(repr(bytearray(b"x'y")), str(bytearray()))
