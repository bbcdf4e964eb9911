# CPython's codecs module over Tern's _codecs: lookup, the encodings package, incremental
# codecs, error handlers, escape codecs.
import codecs

info = codecs.lookup("UTF-8")
print(info.name, codecs.lookup("latin_1").name, codecs.lookup("cp1252").name)
print(codecs.encode("héllo", "utf-8"), codecs.decode(b"h\xc3\xa9llo", "utf-8"), codecs.encode("abc", "rot13"))
print(codecs.encode("héllo €", "cp1252"), codecs.decode(b"\x80 \xe9", "cp1252"))
decoder = codecs.getincrementaldecoder("utf-8")()
print(repr(decoder.decode(b"a\xc3")), repr(decoder.decode(b"\xa9b", final=True)))
encoder = codecs.getincrementalencoder("utf-16")()
print(encoder.encode("a"), encoder.encode("b"))
print(codecs.utf_8_decode(b"ab\xe2\x82", "strict", False), codecs.utf_8_decode(b"ab", "strict", True))
print(codecs.escape_decode(b"a\\n\\x41\\\\")[0], codecs.escape_encode(b"a\n\x00'")[0])
print(codecs.unicode_escape_decode(b"\\u20ac \\N{BULLET}")[0] if False else codecs.unicode_escape_decode(b"\\u20ac x\\t")[0])
print(codecs.unicode_escape_encode("a\u20ac\n\\")[0], codecs.raw_unicode_escape_encode("a\u20ac\n")[0])
print(codecs.raw_unicode_escape_decode(b"a\\u20ac\\x")[0])
print("a\u20acb".encode("ascii", "xmlcharrefreplace"), "a\u20acb".encode("latin-1", "backslashreplace"))


def handler(error):
    return ("<%d:%d>" % (error.start, error.end), error.end)


codecs.register_error("marks", handler)
print(codecs.lookup_error("marks") is handler, codecs.charmap_encode("a\u20ac", "marks", {97: 65, 60: 60, 49: 49, 50: 50, 58: 58, 62: 62})[0])
try:
    codecs.charmap_encode("a\u20ac", "marks", {97: 65})
except UnicodeEncodeError as error:
    print("UnicodeEncodeError:", error)
try:
    codecs.lookup("no-such-codec")
except LookupError as error:
    print("LookupError:", error)
try:
    codecs.lookup_error("nothing")
except LookupError as error:
    print("LookupError:", error)
print(codecs.BOM_UTF8, codecs.utf_16_ex_decode(b"\xff\xfea\x00", "strict", 0, True))
