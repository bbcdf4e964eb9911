# split, rsplit, splitlines, partition, rpartition and the strips of bytes and bytearray,
# read in place: values, result types, which results are the objects themselves, errors.
class B(bytes):
    pass

for value in [b"", b"a", b"  a b\tc\n d  ", b"a,b,,c,", b",a,b", b"x\r\ny\rz\n\n", bytearray(b" p,q r "), B(b"s,t u")]:
    print(repr(value))
    print("  split", value.split(), value.split(b","), value.split(b",", 1), value.split(None, 1), value.split(maxsplit=0))
    print("  rsplit", value.rsplit(), value.rsplit(b","), value.rsplit(b",", 1), value.rsplit(None, 1), value.rsplit(sep=b" ", maxsplit=2))
    print("  multi", value.split(b", "), value.split(bytearray(b",b")), value.rsplit(memoryview(b",,")))
    print("  lines", value.splitlines(), value.splitlines(True), value.splitlines(keepends=True))
    print("  partition", value.partition(b","), value.rpartition(b","), value.partition(b"zz"), value.rpartition(b"zz"))
    print("  strip", value.strip(), value.lstrip(), value.rstrip(), value.strip(b" ,a"), value.rstrip(None), value.lstrip(bytearray(b" a")))
    print("  types", {type(part).__name__ for part in value.split(b",") + value.splitlines() + list(value.partition(b","))})

word = b"ab"
print(word.split()[0] is word, word.split(b",")[0] is word, word.rsplit(b",")[0] is word, word.splitlines()[0] is word)
print(word.strip() is word, word.partition(b",")[0] is word, word.rpartition(b",")[2] is word)
separator = b","
print(b"a,b".partition(separator)[1] is separator, b"a,b".partition(bytearray(b",")), type(b"a,b".partition(memoryview(b","))[1]).__name__)
sub = B(b"ab")
print(sub.partition(b","), type(sub.strip()).__name__, type(sub.split()[0]).__name__)
grown = bytearray(b"a b")
parts = grown.split()
grown[0] = 0x7A
print(grown, parts, bytearray(b"ab").partition(b",")[0] is grown)

for call in [lambda: b"a".split(b""), lambda: b"a".rsplit(b""), lambda: b"a".partition(b""), lambda: b"a".split("a"),
             lambda: b"a".partition("a"), lambda: b"a".strip("a"), lambda: b"a".split(b",", "x"), lambda: bytearray(b"a").rpartition(b"")]:
    try:
        call()
    except (TypeError, ValueError) as error:
        print(type(error).__name__, error)

# decode and encode with every spelling of a native codec name
for name in ["ascii", "ASCII", "us_ascii", "utf-8", "UTF8", "utf_8", "U8", "latin-1", "Latin_1", "iso8859_1", "utf-16-le", "UTF_32 BE"]:
    print(name, "héllo".encode(name) if name not in ("ascii", "ASCII", "us_ascii") else "hello".encode(name),
          "héllo".encode(name).decode(name) if name not in ("ascii", "ASCII", "us_ascii") else b"hi".decode(name))
try:
    b"\xe9".decode("ascii")
except UnicodeDecodeError as error:
    print(error)
try:
    b"x".decode("no-such-codec")
except LookupError as error:
    print(error)
