print(len("👍🏽"), "👍".encode(), "a👍b"[1], "👍".isprintable(), "\u0378".isprintable(), "\u00ad".isprintable(), "ǅ".istitle(), "ǅ".isupper(), "١٢".isdecimal())
print("𝔘𝔫".upper(), "ΣΑΣ ΑΣ.".lower(), "İ".lower(), len("İ".lower()), "ŉ".upper(), "ﬀ".title(), "ǳ".capitalize())
print(repr("\u200b\u2028\x7f\x85 \xa0"), ascii("\U0001F600"), "x\u0301".isalpha(), "Ⅷ".isalpha(), "Ⅷ".isnumeric())
print(format(bytearray(b"x")), f"{b'ab'!r:>12}", bytearray, type(bytearray()), bytearray.__name__, isinstance(bytearray(), bytes))
try:
    "{:>5}".format(b"ab")
except TypeError as e:
    print(e)
try:
    print("%b" % 1)
except ValueError as e:
    print(e)
print("%-6s|%6r|" % ("é", "é"), "%a" % "é", "%s" % b"x", "%.1s" % "éa")
print("\N{BULLET}" if False else "•".encode("utf-8"), "•".encode("utf-16-le"), "😀".encode("utf-16-be"), "😀".encode("utf-32"))
print(b"\xf0\x9f\x98\x80".decode(), b"\xed\xa0\x80".decode("utf-8", "replace"), b"\xc0\xaf".decode("utf-8", "replace"), b"\xf4\x90\x80\x80".decode("utf-8", "ignore"))
for data in [b"\xed\xa0\x80", b"\xc0\xaf", b"\xe2\x28\xa1", b"ab\xf0\x9f\x98"]:
    try:
        data.decode()
    except UnicodeDecodeError as e:
        print(e)
print("ab".encode("UTF8"), "ab".encode(encoding="Latin_1"), "é".encode("utf-8", errors="strict"), b"x".decode(errors="ignore"))
