# unicodedata's per-character properties across the code space, as digests per plane
# (every STEP-th code point, so that the test stays quick under GC stress; the
# whole space was compared with CPython when the tables were made).
import unicodedata

STEP = 37

def plane_digest(db, plane):
    categories, bidis, widths = {}, {}, {}
    combining = mirrored = decimals = digits = named = name_length = name_sum = 0
    decomposed = decomposition_length = 0
    numeric = 0.0
    for code in range(plane << 16, (plane + 1) << 16, STEP):
        c = chr(code)
        category = db.category(c)
        categories[category] = categories.get(category, 0) + 1
        bidi = db.bidirectional(c)
        bidis[bidi] = bidis.get(bidi, 0) + 1
        width = db.east_asian_width(c)
        widths[width] = widths.get(width, 0) + 1
        combining += db.combining(c)
        mirrored += db.mirrored(c)
        decimals += db.decimal(c, -1) + 1
        digits += db.digit(c, -1) + 1
        numeric += db.numeric(c, 0.0)
        name = db.name(c, None)
        if name is not None:
            named += 1
            name_length += len(name)
            name_sum += sum(map(ord, name)) * (code & 7)
        text = db.decomposition(c)
        if text:
            decomposed += 1
            decomposition_length += len(text)
    print(f"plane {plane}:", sorted(categories.items()))
    print("  bidirectional:", sorted(bidis.items()))
    print("  widths:", sorted(widths.items()))
    print("  combining", combining, "mirrored", mirrored, "decimal", decimals, "digit", digits, "numeric", numeric)
    print("  names", named, name_length, name_sum, "decompositions", decomposed, decomposition_length)

print(unicodedata.unidata_version, unicodedata.ucd_3_2_0.unidata_version)
for plane in (0, 1, 2, 14):
    plane_digest(unicodedata, plane)
print("ucd_3_2_0")
for plane in (0, 1):
    plane_digest(unicodedata.ucd_3_2_0, plane)
