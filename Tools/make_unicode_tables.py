"""Writes Sources/TernVM/Modules/Unicode/UnicodeTables.swift, the data of Tern's
unicodedata module, from CPython 3.11's own unicodedata (Unicode 14.0.0).

Run it with CPython 3.11: python3 Tools/make_unicode_tables.py

Every property comes from CPython except character names, which Tern takes from
Swift's Unicode.Scalar.Properties.name (names never change once assigned); the
tables say which assigned characters CPython gives no name. Name aliases and named
sequences are read through CPython's _ucnhash_CAPI capsule (ctypes), the one place
CPython exposes them.

Tables are strings of numbers, each written in base 32 with one character a digit
(see `digits` below), decoded by Swift the first time they are needed.
"""

import collections
import ctypes
import os
import sys
import unicodedata

assert sys.version_info[:2] == (3, 11), "run with CPython 3.11"
assert unicodedata.unidata_version == "14.0.0"

OUTPUT = os.path.join(os.path.dirname(__file__), "..", "Sources", "TernVM", "Modules", "Unicode", "UnicodeTables.swift")
LIMIT = 0x110000
SHIFTS = (5, 4)  # a three-level table: 2**4 code points a block, 2**5 blocks a group

CATEGORIES = ["Cn", "Lu", "Ll", "Lt", "Mn", "Mc", "Me", "Nd", "Nl", "No", "Zs", "Zl", "Zp", "Cc", "Cf", "Cs", "Co",
              "Lm", "Lo", "Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "Sm", "Sc", "Sk", "So"]
BIDI = ["", "L", "LRE", "LRO", "R", "AL", "RLE", "RLO", "PDF", "EN", "ES", "ET", "AN", "CS", "NSM", "BN", "B", "S",
        "WS", "ON", "LRI", "RLI", "FSI", "PDI"]
WIDTHS = ["F", "H", "W", "Na", "A", "N"]
TAGS = ["", "<font>", "<noBreak>", "<initial>", "<medial>", "<final>", "<isolated>", "<circle>", "<super>", "<sub>",
        "<vertical>", "<wide>", "<narrow>", "<small>", "<square>", "<fraction>", "<compat>"]


def digits(numbers):
    """Each number as base-32 digits, most significant first: '0'..'V' end a number, 'W'..'v' go on."""
    out = []
    for n in numbers:
        assert n >= 0
        parts = []
        while True:
            parts.append(n & 31)
            n >>= 5
            if not n:
                break
        parts.reverse()
        for i, p in enumerate(parts):
            out.append(chr(48 + p + (32 if i < len(parts) - 1 else 0)))
    return "".join(out)


def swift_string(name, text, doc):
    """A multi-line literal: digit strings are cut into lines (the decoder skips line breaks), lists of lines kept."""
    lines = text if isinstance(text, list) else [text[i:i + 120] for i in range(0, len(text), 120)]
    out = [f"    /// {doc}", f"    static let {name} = \"\"\""]
    out += ["        " + line.replace("\\", "\\\\") for line in lines]
    out.append("        \"\"\"")
    return "\n".join(out)


def deduplicated_blocks(values, shift):
    """Splits values into blocks of 2**shift, each stored once: (block index of each block, stored blocks flattened)."""
    blocks, index = {}, []
    for start in range(0, len(values), 1 << shift):
        index.append(blocks.setdefault(tuple(values[start:start + (1 << shift)]), len(blocks)))
    return index, [value for block in blocks for value in block]


def record(db, c):
    numeric = db.numeric(c, None)
    return (CATEGORIES.index(db.category(c)), BIDI.index(db.bidirectional(c)), WIDTHS.index(db.east_asian_width(c)),
            db.mirrored(c), db.combining(c), db.decimal(c, -1) + 1, db.digit(c, -1) + 1,
            "" if numeric is None else repr(numeric))


def capi_getname():
    get_pointer = ctypes.pythonapi.PyCapsule_GetPointer
    get_pointer.restype = ctypes.c_void_p
    get_pointer.argtypes = [ctypes.py_object, ctypes.c_char_p]
    table = get_pointer(unicodedata._ucnhash_CAPI, b"unicodedata._ucnhash_CAPI")
    function = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_uint32, ctypes.c_char_p, ctypes.c_int, ctypes.c_int)
    getname = function(ctypes.cast(table, ctypes.POINTER(ctypes.c_void_p))[0])
    buffer = ctypes.create_string_buffer(256)

    def name(code):
        return buffer.value.decode() if getname(code, buffer, 256, 1) else None
    return name


def ranges(flags):
    """(start, length) of each run of true flags, as numbers: start gaps and lengths."""
    out, previous_end, start = [], 0, None
    for cp in range(LIMIT + 1):
        on = cp < LIMIT and flags(cp)
        if on and start is None:
            start = cp
        elif not on and start is not None:
            out += [start - previous_end, cp - start]
            previous_end, start = cp, None
    return out


def main():
    old = unicodedata.ucd_3_2_0
    numerics, records, record_ids = [], [], {}

    def record_id(rec):
        if rec not in record_ids:
            record_ids[rec] = len(records)
            records.append(rec)
        return record_ids[rec]

    chars = [chr(cp) for cp in range(LIMIT)]
    # Records numbered most frequent first, so that most numbers take one digit.
    new_records = [record(unicodedata, c) for c in chars]
    old_records = [record(old, c) for c in chars]
    for rec, _ in collections.Counter(new_records + old_records).most_common():
        record_id(rec)
    per_code = [record_ids[rec] for rec in new_records]
    old_code = [record_ids[rec] for rec in old_records]

    flat = []
    for rec in records:
        numeric = rec[7]
        if numeric and numeric not in numerics:
            numerics.append(numeric)
        flat += list(rec[:7]) + [numerics.index(numeric) + 1 if numeric else 0]

    block_of_code, index2 = deduplicated_blocks(per_code, SHIFTS[1])
    index0, index1 = deduplicated_blocks(block_of_code, SHIFTS[0])

    # Unicode 3.2.0's records where they differ from 14.0's: (gap, length, record) runs.
    old_runs, previous_end, cp = [], 0, 0
    while cp < LIMIT:
        if old_code[cp] == per_code[cp]:
            cp += 1
            continue
        start = cp
        while cp < LIMIT and old_code[cp] == old_code[start] and old_code[cp] != per_code[cp]:
            cp += 1
        old_runs += [start - previous_end, cp - start, old_code[start]]
        previous_end = cp

    # Decompositions: code gap, tag (0 canonical and composing, 1 canonical but excluded, 2+ TAGS[1:]), count, code points.
    decompositions, previous = [], 0
    for cp, c in enumerate(chars):
        text = unicodedata.decomposition(c)
        if not text:
            continue
        parts = text.split()
        if parts[0].startswith("<"):
            tag = TAGS.index(parts[0]) + 1
            parts = parts[1:]
        else:
            composes = len(parts) == 2 and unicodedata.normalize("NFC", unicodedata.normalize("NFD", c)) == c
            tag = 0 if composes else 1
        values = [int(p, 16) for p in parts]
        decompositions += [cp - previous, tag, len(values)] + values
        previous = cp
        if old.category(c) != "Cn":
            assert old.decomposition(c) == text
        else:
            assert old.decomposition(c) == ""

    # Code points whose Unicode 3.2.0 decomposition CPython corrects (normalization corrections).
    corrections = []
    for cp, c in enumerate(chars):
        if old.category(c) == "Cn" or 0xD800 <= cp < 0xE000:
            continue
        if old.normalize("NFD", c) != unicodedata.normalize("NFD", c) and unicodedata.decomposition(c):
            target = old.normalize("NFD", c)
            assert old.normalize("NFKD", c) == target
            corrections += [cp, len(target)] + [ord(t) for t in target]

    # Assigned characters CPython names no name (Swift names some of them).
    unnamed = ranges(lambda cp: records[per_code[cp]][0] != 0 and unicodedata.name(chars[cp], None) is None
                     and not 0xD800 <= cp < 0xE000)
    ideographs = ranges(lambda cp: unicodedata.name(chars[cp], "").startswith("CJK UNIFIED IDEOGRAPH-"))

    getname = capi_getname()
    aliases, sequences = [], []
    for code in range(0xF0000, 0xF0400):
        name = getname(code)
        if name is None:
            continue
        value = unicodedata.lookup(name)
        (aliases if len(value) == 1 else sequences).append(name + ";" + " ".join("%X" % ord(v) for v in value))

    names = ["categories", "bidirectionals", "widths", "tags"]
    constants = [CATEGORIES, BIDI, WIDTHS, TAGS]
    body = [
        "// Generated by Tools/make_unicode_tables.py from CPython 3.11's unicodedata (Unicode 14.0.0). Do not edit.",
        "",
        "enum UnicodeTables {",
        f"    static let shifts = {SHIFTS}",
    ]
    for name, values in zip(names, constants):
        body.append(f"    static let {name}: [String] = [" + ", ".join(f'"{v}"' for v in values) + "]")
    body += [
        "    /// Numeric values, as CPython prints them.",
        "    static let numericValues: [String] = [" + ", ".join(f'"{v}"' for v in numerics) + "]",
        swift_string("records", digits(flat),
                     "Records of 8 numbers: category, bidirectional, width, mirrored, combining, decimal+1, digit+1, numeric index+1."),
        swift_string("index0", digits(index0), "Group of blocks of each 2**(shifts.0 + shifts.1) code points."),
        swift_string("index1", digits(index1), "Block of each 2**shifts.1 code points of each group."),
        swift_string("index2", digits(index2), "Record of each code point of each block."),
        swift_string("oldRecords", digits(old_runs), "Unicode 3.2.0's records where they differ: gap, length, record."),
        swift_string("decompositions", digits(decompositions), "Code gap, tag, count, code points."),
        swift_string("oldCorrections", digits(corrections), "Unicode 3.2.0 normalization corrections: code, count, code points."),
        swift_string("unnamed", digits(unnamed), "Assigned code points without a name: gap, length."),
        swift_string("ideographs", digits(ideographs), "CJK unified ideographs, named algorithmically: gap, length."),
        swift_string("aliases", aliases, "Name aliases: NAME;CODE lines."),
        swift_string("namedSequences", sequences, "Named sequences: NAME;CODE CODE... lines."),
        "}",
        "",
    ]
    text = "\n".join(body)
    os.makedirs(os.path.dirname(OUTPUT), exist_ok=True)
    with open(OUTPUT, "w") as f:
        f.write(text)
    print(f"{OUTPUT}: {len(text)} bytes; {len(records)} records, {len(index2) >> SHIFTS[1]} blocks, "
          f"{len(decompositions)} decomposition numbers, {len(aliases)} aliases, {len(sequences)} sequences")


main()
