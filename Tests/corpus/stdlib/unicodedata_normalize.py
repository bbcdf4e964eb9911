# unicodedata.normalize and is_normalized: composed and decomposed text, Hangul,
# canonical ordering, compatibility forms, Unicode 3.2.0 and errors.
import codecs
import unicodedata

FORMS = ("NFC", "NFD", "NFKC", "NFKD")
# Written with escapes decoded at run time, so that no two samples are literals of equal
# text (Tern merges string constants that Swift calls equal).
samples = codecs.decode(rb""", abc, caf\u00e9, cafe\u0301, \u00c5ngstr\u00f6m, A\u030angstro\u0308m, \u212b, \u2126, \ufb01nance, \u2460\u2461, x\u00b2, \u1e9b\u0323, q\u0307\u0323, q\u0323\u0307, a\u0301\u0316\u0300b, e\u0300\u0301\u0302\u0327, A\u0315\u0300\u05ae\u0300b, \uac00, \uac01, \ud55c\uad6d\uc5b4, \u1100\u1161, \u1100\u1161\u11a8, \u1112\u1161\u11ab\u1100\u1173\u11af, \uac00\u11a8, \uac01\u11a8, \u1100\u0300\u1161, \u3131\u314f, \uff76\uff9e, \u30ab\u3099, \u0b47\u0b3e, \u0b4b, \u0344, \u0f73, \u0958, \u2000\u2001, \u00bd, \u33c2, \U0001d400\U0001d7ce, \ufdfa, \ufb2c, \u1fc1\u1fee, \u0390, \u1e0a\u0323, \u1e0c\u0307, D\u0307\u0323, \U000110ab\U000110ba, \U00011099\U000110ba, \u00a8\u0301, \u0385, \u2fa1d\u2f800, \uf951, \U0002f868\U0002f874\U0002f91f\U0002f95f\U0002f9bf, \u05d0\u05b7\u05bc, \u0627\u0653, \u09c7\u09be, \ud800\u0301, \U0001f600\u0301, \u0300\u0301a, \u0345\u0300, \u0340\u0341\u0343""", "unicode_escape").split(", ")
for text in samples:
    results = [unicodedata.normalize(form, text) for form in FORMS]
    print(ascii(text), " ".join(ascii(r) for r in results),
          "".join("1" if unicodedata.is_normalized(form, text) else "0" for form in FORMS))
    old = [unicodedata.ucd_3_2_0.normalize(form, text) for form in FORMS]
    if old != results:
        print("  3.2.0:", " ".join(ascii(r) for r in old))

# Every precomposed character of a few blocks decomposes and composes back (or not, when excluded).
for start, end in [(0xC0, 0x250), (0x1E00, 0x2000), (0xAC00, 0xAC80), (0xF900, 0xFB50), (0x2F800, 0x2FA1E)]:
    counts = {}
    for code in range(start, end):
        c = chr(code)
        nfd = unicodedata.normalize("NFD", c)
        key = (len(nfd), unicodedata.normalize("NFC", nfd) == c, unicodedata.normalize("NFKC", c) == c)
        counts[key] = counts.get(key, 0) + 1
    print(hex(start), sorted(counts.items()))

# Combining marks in every order after a base: canonical ordering is stable.
marks = ["\u0301", "\u0316", "\u0327", "\u0334", "\u0345", "\u05b0", "\u0f72"]
seen = set()
for i in range(len(marks)):
    for j in range(len(marks)):
        for k in range(len(marks)):
            seen.add(unicodedata.normalize("NFC", "o" + marks[i] + marks[j] + marks[k]))
print(len(seen), ascii(sorted(seen)[:5]))

# A subclass of str is normalized as its text; an already normal str comes back as itself.
class S(str):
    pass
print(ascii(unicodedata.normalize("NFD", S("\u00e9"))), type(unicodedata.normalize("NFC", S("abc"))).__name__)
text = "already"
print(unicodedata.normalize("NFC", text) is text)

for args in [("NFX", "a"), ("nfc", "a"), ("NFC", 1), (1, "a"), ("NFC",), ("NFC", "a", "b")]:
    for function in (unicodedata.normalize, unicodedata.is_normalized):
        try:
            function(*args)
        except (TypeError, ValueError) as e:
            print(function.__name__, args, type(e).__name__, e)
try:
    unicodedata.normalize(form="NFC", unistr="a")
except TypeError as e:
    print(e)
unicodedata.normalize("NFC", b"abc")
