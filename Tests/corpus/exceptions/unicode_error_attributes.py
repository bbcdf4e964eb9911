# UnicodeEncodeError/UnicodeDecodeError: the five attributes, from codecs and from Python.
for text, enc in (("h\u20acllo", "ascii"), ("\u20ac\u20ac!", "latin-1"), ("é", "ascii")):
    try:
        text.encode(enc)
    except UnicodeEncodeError as e:
        print(e, "|", e.encoding, repr(e.object), e.start, e.end, e.reason, e.args)
for data, enc in ((b"a\xff", "utf-8"), (b"\xe2\x82", "utf-8"), (b"\x80abc", "ascii")):
    try:
        data.decode(enc)
    except UnicodeDecodeError as e:
        print(e, "|", e.encoding, e.object, e.start, e.end, e.reason)
e = UnicodeEncodeError("ascii", "abc", 1, 2, "bad")
print(e, e.start, repr(e))
e = UnicodeDecodeError("utf-8", bytearray(b"xyz"), 0, 3, "worse")
print(e, e.object)
try: UnicodeEncodeError("ascii", "abc", 1)
except TypeError as t: print(t)
try: UnicodeEncodeError("ascii", b"abc", 1, 2, "x")
except TypeError as t: print(t)
print(UnicodeEncodeError("a", "abc", 5, 6, "r"))
