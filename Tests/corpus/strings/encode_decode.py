s = "Grüße, 世界"
b = s.encode("utf-8")
print(b, len(b), b.decode("utf-8") == s)
print(s.encode("utf-8", "ignore") == b, "é".encode("ascii", "replace"), "é".encode("ascii", "ignore"))
print(b"\xff".decode("utf-8", "replace"), b"ab\xffcd".decode("latin-1"))
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as error:
    print("UnicodeDecodeError:", error)
print("abc".encode("utf-16-le"), bytes("x", "ascii"))
