# str.encode and bytes.decode with encodings Tern has no native codec for go through
# the codec registry (codecs.lookup); codecs that are not text codecs are refused.
import codecs

text = "caf\xe9 \u20ac \\ \U0001f600"
for encoding in ["raw-unicode-escape", "raw_unicode_escape", "unicode-escape", "cp1252"]:
    try:
        encoded = text.encode(encoding)
        print(encoding, encoded, encoded.decode(encoding) == text)
    except UnicodeEncodeError as error:
        print(encoding, type(error).__name__, error.start, error.end, error.reason)
print("x\u20acy".encode("cp1252", "replace"), "x\u0100y".encode("cp1252", errors="ignore"))
print(b"\x80\x81abc".decode("cp1252", "replace"), str(b"\\u0041\\n", "unicode-escape"), bytes("\xe9", "cp850"))
print(b"a\\u20acb".decode("raw-unicode-escape"), b"\\x41".decode("unicode_escape"))
for call in [lambda: "abc".encode("rot13"), lambda: b"YWJj".decode("base64"), lambda: "x".encode("no-such-codec")]:
    try:
        call()
    except LookupError as error:
        print("LookupError:", error)


def search(name):
    if name == "lying":
        return codecs.CodecInfo(lambda text, errors="strict": (text, len(text)),
                                lambda data, errors="strict": (b"!", len(data)), name="lying")


codecs.register(search)
for call in [lambda: "abc".encode("lying"), lambda: b"abc".decode("lying")]:
    try:
        call()
    except TypeError as error:
        print("TypeError:", error)
