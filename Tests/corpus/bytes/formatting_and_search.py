record = b"id=%d;name=%s;score=%.1f;hex=%x" % (7, b"ann", 9.25, 255)
print(record)
fields = dict(part.split(b"=") for part in record.split(b";"))
print(fields)
print(record.find(b"name"), record.rfind(b"="), record.count(b"="), record.index(b";"))
print(record.startswith(b"id="), record.endswith((b"ff", b"zz")), b"ann" in record)
print(b"-".join(sorted(fields)), b" x ".strip(), b"abc".center(9, b"."))
print(b"%5s|%-5s|%05d" % (b"ab", b"cd", 42), b"%r" % "s" if False else b"%a" % "é")
try:
    b"%s" % "text"
except TypeError as error:
    print("TypeError:", error)
