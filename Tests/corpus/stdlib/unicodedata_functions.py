# unicodedata's functions one by one: values, defaults, ucd_3_2_0 and CPython's errors.
import unicodedata

for c in "a1\u00bd\u2155\u0663\u00b2\u2460\u4e07\u5146\U0001ecb1 \u0300\u05be\u200d\u226d(\uff21\u00e9\ufb01\uac00\ud7a3\U0001f600" + chr(0xD800):
    old = unicodedata.ucd_3_2_0
    print(ascii(c), unicodedata.category(c), unicodedata.bidirectional(c) or "''", unicodedata.east_asian_width(c),
          unicodedata.combining(c), unicodedata.mirrored(c), repr(unicodedata.decomposition(c)),
          unicodedata.decimal(c, None), unicodedata.digit(c, None), unicodedata.numeric(c, None),
          "|", old.category(c), old.bidirectional(c) or "''", old.east_asian_width(c), old.numeric(c, None),
          repr(old.decomposition(c)))

print(type(unicodedata.ucd_3_2_0).__name__, type(unicodedata.ucd_3_2_0).__module__, unicodedata.UCD)
print(sorted(name for name in dir(unicodedata) if not name.startswith("_")))
print(sorted(name for name in dir(unicodedata.ucd_3_2_0) if not name.startswith("_")))
print(unicodedata.numeric("7", "default"), unicodedata.decimal("x", "none"), unicodedata.name("\x00", 0))

calls = [
    "unicodedata.category('ab')", "unicodedata.category(1)", "unicodedata.category()", "unicodedata.category(c='a')",
    "unicodedata.bidirectional('')", "unicodedata.name('ab')", "unicodedata.name()", "unicodedata.name('a', 1, 2)",
    "unicodedata.decimal('a')", "unicodedata.digit('a')", "unicodedata.numeric('a')", "unicodedata.decimal('a', default=1)",
    "unicodedata.ucd_3_2_0.category()", "unicodedata.ucd_3_2_0.category(x=1)", "unicodedata.ucd_3_2_0.name()",
    "unicodedata.ucd_3_2_0.name('a', x=1)", "unicodedata.ucd_3_2_0.lookup()", "unicodedata.lookup('a', 'b')",
    "unicodedata.lookup(name='a')", "unicodedata.UCD()", "unicodedata.ucd_3_2_0.decimal('\U0001f600')",
    "unicodedata.mirrored(b'a')", "unicodedata.combining(None)",
]
for call in calls:
    try:
        print(call, "->", eval(call))
    except Exception as e:
        print(call, "!", type(e).__name__, e)

import encodings.idna
print(ascii(encodings.idna.nameprep("Stra\u00dfe\u00ad\u2163")), encodings.idna.ToASCII("example"))
import stringprep
print(stringprep.in_table_b1("\u00ad"), stringprep.map_table_b2("\u00c5"), stringprep.in_table_d1("\u05be"),
      stringprep.in_table_d2("a"), stringprep.in_table_a1("\U0001f600"))
unicodedata.decimal("x")
