# unicodedata.name and lookup: round trips, algorithmic names, aliases, named sequences, errors.
import unicodedata

checked = failed = 0
for code in list(range(0, 0x3400)) + list(range(0xA000, 0x10000, 3)) + list(range(0x10000, 0x20000, 5)) + list(range(0xE0000, 0xE0200)):
    name = unicodedata.name(chr(code), None)
    if name is None:
        continue
    checked += 1
    if unicodedata.lookup(name) != chr(code) or unicodedata.lookup(name.lower()) != chr(code):
        failed += 1
print("round trips", checked, "failed", failed)

for name in ["LATIN SMALL LETTER A", "latin small letter a", "Latin Capital Letter Sharp S", "GRINNING FACE",
             "CJK UNIFIED IDEOGRAPH-4E00", "CJK UNIFIED IDEOGRAPH-04E00", "CJK UNIFIED IDEOGRAPH-2A6DF",
             "CJK UNIFIED IDEOGRAPH-3134A", "CJK COMPATIBILITY IDEOGRAPH-F900", "cjk compatibility ideograph-f900",
             "HANGUL SYLLABLE GA", "HANGUL SYLLABLE GAG", "HANGUL SYLLABLE GGAGG", "HANGUL SYLLABLE A",
             "HANGUL SYLLABLE YI", "HANGUL SYLLABLE HIH", "LF", "lf", "NBSP", "NULL", "BYTE ORDER MARK",
             "LATIN SMALL LETTER GHA", "LATIN SMALL LETTER R WITH TILDE", "TAMIL SYLLABLE KSSA",
             "KEYCAP NUMBER SIGN", b"LATIN CAPITAL LETTER B", "TANGUT IDEOGRAPH-17000",
             "CJK UNIFIED IDEOGRAPH-4e00", "CJK UNIFIED IDEOGRAPH-A000", "CJK UNIFIED IDEOGRAPH-4E0",
             "hangul syllable ga", "HANGUL SYLLABLE ", "HANGUL SYLLABLE GX", "HANGUL SYLLABLE Q",
             "LATIN SMALL LETTER A ", "", "\u00e9", "LATIN SMALL LETTER \u212a", "A" * 257,
             "KHITAN SMALL SCRIPT CHARACTER-18B00", "NUSHU CHARACTER-1B170"]:
    try:
        print(repr(name)[:40], "->", ascii(unicodedata.lookup(name)))
    except KeyError as e:
        print(repr(name)[:40], "KeyError", e)

old = unicodedata.ucd_3_2_0
for name in ["LATIN SMALL LETTER A", "GRINNING FACE", "LF", "LATIN SMALL LETTER GHA",
             "LATIN SMALL LETTER R WITH TILDE", "CJK UNIFIED IDEOGRAPH-9FFF", "HANGUL SYLLABLE GA"]:
    try:
        print("3.2.0", name, "->", ascii(old.lookup(name)))
    except KeyError as e:
        print("3.2.0", name, "KeyError", e)

for code in [0, 0x41, 0xE9, 0x3400, 0x9FFF, 0xAC00, 0xD7A3, 0xD800, 0xE000, 0xF900, 0x17000, 0x18B00, 0x1B170,
             0x1F600, 0x1FAF8, 0x2A6DF, 0x3134A, 0xE0001, 0xF0000, 0x10FFFF]:
    print(hex(code), unicodedata.name(chr(code), None), old.name(chr(code), "-"))

try:
    unicodedata.name("\x00")
except ValueError as e:
    print("ValueError", e)
for bad in [1, None]:
    try:
        unicodedata.lookup(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    unicodedata.lookup("\ud800")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e)
unicodedata.lookup("NO SUCH CHARACTER NAME")
