#!/usr/bin/env python3
"""Generates the numeric test vectors the Tern XCTests read (BigInt*, Float*, Format*).

Run with CPython 3.11 from the repository root:
    python3 Tests/numbers/generate_vectors.py
Each output file in Tests/numbers/vectors/ holds one JSON array per line.
Big integers are written in decimal; doubles as their IEEE bit pattern
(an unsigned 64-bit integer in decimal) so no printing is trusted.
Errors are written as ["!error", "ExceptionName", "message"].
"""
import json
import math
import os
import random
import struct
import sys

sys.set_int_max_str_digits(0)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "vectors")
rng = random.Random(20261125)


def bits(x):
    return str(struct.unpack("<Q", struct.pack("<d", x))[0])


def from_bits(b):
    return struct.unpack("<d", struct.pack("<Q", b))[0]


def err(e):
    return ["!error", type(e).__name__, str(e)]


def write(name, rows):
    with open(os.path.join(OUT, name), "w") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=True) + "\n")
    print(name, len(rows))


def random_int(max_bits):
    n = rng.randint(0, max_bits)
    v = rng.getrandbits(n) if n else 0
    # Sometimes runs of ones or zeros, which stress carries and normalization.
    r = rng.random()
    if r < 0.1 and n:
        v = (1 << n) - 1
    elif r < 0.15 and n:
        v = 1 << (n - 1)
    return -v if rng.random() < 0.5 else v


SIZES = [1, 8, 63, 64, 65, 127, 128, 129, 300, 1000, 3000, 6000]


def int_pairs(count_per_size):
    pairs = [(a, b) for a in [0, 1, -1, 2, -2, 2**63, -2**63, 2**64, -2**64, 2**64 - 1]
             for b in [1, -1, 3, -3, 2**64, -(2**64) + 1, 2**128 + 7]]
    for sa in SIZES:
        for sb in SIZES:
            for _ in range(count_per_size):
                pairs.append((random_int(sa), random_int(sb)))
    return pairs


def arithmetic():
    rows = []
    for a, b in int_pairs(3):
        row = [str(a), str(b), str(a + b), str(a - b), str(a * b)]
        if b:
            q, r = divmod(a, b)
            row += [str(q), str(r)]
        else:
            row += [None, None]
        row += [str(a & b), str(a | b), str(a ^ b), str(~a), (a > b) - (a < b)]
        rows.append(row)
    # Exact multiples and off-by-one remainders exercise the division's add-back step.
    for _ in range(200):
        b = random_int(rng.choice([65, 130, 700, 2000])) or 1
        q = random_int(rng.choice([64, 200, 900]))
        a = q * b + rng.choice([0, 1, -1, b - 1 if b > 0 else b + 1])
        row = [str(a), str(b), str(a + b), str(a - b), str(a * b)]
        qq, rr = divmod(a, b)
        row += [str(qq), str(rr), str(a & b), str(a | b), str(a ^ b), str(~a), (a > b) - (a < b)]
        rows.append(row)
    write("bigint_arithmetic.jsonl", rows)


def shifts():
    rows = []
    for size in SIZES:
        for _ in range(8):
            a = random_int(size)
            for k in [0, 1, 63, 64, 65, rng.randint(0, 300)]:
                rows.append([str(a), k, str(a << k), str(a >> k)])
    for a in [-1, -2, -3, -(2**64), -(2**64) - 1, 2**64]:
        for k in [0, 1, 2, 64, 65, 200]:
            rows.append([str(a), k, str(a << k), str(a >> k)])
    write("bigint_shift.jsonl", rows)


def powers():
    rows = []
    for a in [0, 1, -1, 2, -2, 3, 10, -7, 2**64 + 1]:
        for e in [0, 1, 2, 3, 7, 64, 100]:
            rows.append(["pow", str(a), e, str(a ** e)])
    for _ in range(60):
        a = random_int(200)
        e = rng.randint(0, 40)
        rows.append(["pow", str(a), e, str(a ** e)])
    mods = []
    for _ in range(250):
        a = random_int(rng.choice([8, 64, 200, 600]))
        e = random_int(rng.choice([4, 64, 200]))
        m = random_int(rng.choice([8, 64, 130, 400]))
        mods.append((a, e, m))
    mods += [(3, -1, 7), (2, -1, 4), (5, 0, 1), (5, 0, -7), (0, 0, 5), (4, 3, 0), (-3, -5, 11),
             (7, -2, -13), (10, 20, -1), (12345678901234567890, -1, 2**127 - 1)]
    for a, e, m in mods:
        try:
            rows.append(["modpow", str(a), str(e), str(m), str(pow(a, e, m))])
        except Exception as e2:
            rows.append(["modpow", str(a), str(e), str(m), err(e2)])
    for _ in range(60):
        a, b = random_int(rng.choice([10, 64, 500])), random_int(rng.choice([10, 64, 500]))
        rows.append(["gcd", str(a), str(b), str(math.gcd(a, b))])
    write("bigint_power.jsonl", rows)


def radix_text():
    rows = []
    for size in [0, 1, 5, 63, 64, 65, 200, 1000, 4000]:
        for _ in range(4):
            a = random_int(size)
            for radix in [2, 3, 7, 8, 10, 16, 36]:
                digits = "0123456789abcdefghijklmnopqrstuvwxyz"
                n, out = abs(a), ""
                while n:
                    n, d = divmod(n, radix)
                    out = digits[d] + out
                out = ("-" if a < 0 else "") + (out or "0")
                assert int(out, radix) == a
                rows.append([str(a), radix, out])
    a = 10 ** 9999 + 12345
    rows.append([str(a), 10, str(a)])
    write("bigint_radix.jsonl", rows)


def int_parse():
    texts = [
        ("0", 0), ("00", 0), ("0_0", 0), ("010", 0), ("0_1", 0), ("1_000", 0), ("1__000", 0), ("_1", 0),
        ("1_", 0), ("0x_1f", 0), ("0x1f", 0), ("0X1F", 0), ("0o17", 0), ("0b101", 0), ("0b", 0), ("0x", 0),
        ("0x_", 0), ("0b2", 0), ("0o8", 0), ("  42  ", 0), ("\t-42\n", 10), ("+ 42", 10), ("- 42", 10),
        ("--1", 10), ("+-1", 10), ("", 10), (" ", 10), ("-", 10), ("+", 10), ("12a", 10), ("12a", 11),
        ("z", 36), ("Z", 36), ("zz", 35), ("0x1f", 16), ("0x1f", 10), ("1f", 16), ("0b11", 2), ("0b11", 16),
        ("0o77", 8), ("0o77", 16), ("0b", 16), ("0b1", 12), ("1_2_3", 10), ("1 2", 10), ("١٢٣", 10),
        ("\u00a0123\u2003", 10), ("12\u00a0", 0), ("0_x1", 0), ("-0", 0), ("-00", 0), ("+0x10", 0),
        ("-0b_1", 0), ("9" * 50, 10), ("-" + "7" * 30, 8), ("1e5", 10), ("1.0", 10), ("0x1.0", 16),
        ("12", 2), ("11", 2), ("\x1c7\x1f", 10), ("٣", 0), ("0١", 0), ("１２", 10), ("1\u200b", 10),
        ("0_", 0), ("0__0", 0), ("00_0", 0), ("0 0", 0), ("123", 37), ("123", 1), ("7", 0),
    ]
    for _ in range(60):
        base = rng.choice([2, 8, 10, 16, 36, 5, 0])
        a = random_int(rng.choice([10, 64, 300]))
        if base == 0:
            text = rng.choice([str(a), hex(a), oct(a), bin(a)])
        else:
            digits = "0123456789abcdefghijklmnopqrstuvwxyz"
            n, out = abs(a), ""
            while n:
                n, d = divmod(n, base)
                out = digits[d] + out
            text = ("-" if a < 0 else "") + (out or "0")
            if rng.random() < 0.3:
                text = text.upper()
        texts.append((text, base))
    rows = []
    for text, base in texts:
        try:
            rows.append([text, base, str(int(text, base))])
        except ValueError:
            rows.append([text, base, None])
    write("int_parse.jsonl", rows)


def int_to_float():
    ints = [0, 1, -1, 2**53, 2**53 + 1, 2**53 + 2, 2**53 + 3, 2**54 + 2, 2**54 + 6, 2**64 - 1, 2**64,
            2**64 + 2**11, 2**64 + 2**11 + 1, 2**64 + 3 * 2**11, 2**1024 - 2**970, 2**1024 - 2**970 - 1,
            2**1024 - 2**971, 2**1024, 2**1023, -(2**1024 - 2**970), 10**308, 10**309]
    for _ in range(300):
        n = rng.choice([54, 60, 64, 65, 100, 500, 1023, 1024, 1025])
        v = rng.getrandbits(n) | (1 << (n - 1))
        if rng.random() < 0.4:
            # Force an exact halfway case or just above/below it.
            keep = n - 53
            v = (v >> keep << keep) | (1 << (keep - 1)) if keep > 0 else v
            v += rng.choice([0, 0, 1, -1])
        ints.append(v if rng.random() < 0.5 else -v)
    rows = []
    for a in ints:
        try:
            rows.append(["float", str(a), bits(float(a))])
        except OverflowError:
            rows.append(["float", str(a), None])
    pairs = [(1, 3), (-1, 3), (0, -5), (0, 5), (2**1100, 3), (1, 2**1100), (-1, 2**1100), (2**1074, 1),
             (1, 2**1074), (1, 2**1075), (3, 2**1076), (1, 2**1075 - 1), (1, 3 * 2**1073), (10**400, 10**90),
             (10**400, 10**91), (2**1024, 2), (2**1024 - 1, 1), (2**1025 - 2**971, 2), (7, 10**330),
             (2**53 + 1, 1), (2**54 + 3, 2), (10**30, 7), (-(10**30), 7), (1, 10**323), (1, 10**324)]
    for _ in range(400):
        a = random_int(rng.choice([10, 53, 60, 100, 400, 1200]))
        b = random_int(rng.choice([10, 53, 60, 100, 400, 1200])) or 1
        pairs.append((a, b))
    for _ in range(100):
        # Quotients in the subnormal range.
        b = rng.getrandbits(rng.choice([64, 200])) | 1
        a = rng.getrandbits(rng.randint(1, 60))
        pairs.append((a, b << rng.randint(1000, 1130)))
    for a, b in pairs:
        try:
            rows.append(["truediv", str(a), str(b), bits(a / b)])
        except OverflowError:
            rows.append(["truediv", str(a), str(b), None])
    write("bigint_float.jsonl", rows)


def hashes():
    rows = []
    for a in [0, 1, -1, -2, 2**61 - 1, 2**61 - 2, 2**61, -(2**61 - 1), -(2**61) - 1, 2**64, 2**63 - 1, -(2**63)]:
        rows.append(["int", str(a), hash(a)])
    for size in SIZES:
        for _ in range(6):
            a = random_int(size)
            rows.append(["int", str(a), hash(a)])
    floats = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1e300, -1e300, 5e-324, 2.0**61, 2.0**62, 1.5, math.inf, -math.inf,
              1e-310, 2.0**-1022, 1.7976931348623157e308, 123456789.125, -2.0**63]
    for _ in range(200):
        floats.append(from_bits(rng.getrandbits(64)))
    for x in floats:
        if not math.isnan(x):
            rows.append(["float", bits(x), hash(x)])
    write("hashes.jsonl", rows)


def edge_floats():
    xs = [0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 5e-324, -5e-324, 1e-323, 2.2250738585072014e-308,
          2.225073858507201e-308, 1.7976931348623157e308, -1.7976931348623157e308, 1e16, 1e16 - 2, 9999999999999998.0,
          1e15, 123456789012345678.0, 1e-4, 0.0001, 0.00011, 9.999999999999999e-05, 1e-5, 1e-7, 1.5e-05, 1e22, 1e23,
          1e100, 1e-100, 100.0, 1e300 * 10, 0.5, 2.5, 1.25, 1.005, 2.675, 0.125, 1234.5, -1234.5, 4.35, 0.045,
          2.0**52, 2.0**53, 2.0**53 + 2, 2.0**63, 2.0**64, 2.0**-1022, 2.0**-1074, 3.14159, 2.718281828459045,
          math.inf, -math.inf, 12345.0, 123456.0, 1234567.0, 0.000123456, 9.5, 10.5, 99.5, 999999.5, 0.05, 0.15,
          0.25, 0.35, 1e-10, 123.456, -0.001, 5.0, 50.0, 1e21, 1e-300, 6.02214076e23, 299792458.0]
    for e in range(-330, 310):
        xs.append(10.0 ** e if -323 < e < 309 else 0.0)
        xs.append(float("1e%d" % e))
        xs.append(float("9.999999999999999e%d" % e))
    return xs


def random_floats(count):
    xs = []
    for _ in range(count):
        r = rng.random()
        if r < 0.5:
            x = from_bits(rng.getrandbits(64))
        elif r < 0.7:
            x = rng.uniform(-1e6, 1e6)
        elif r < 0.8:
            x = round(rng.uniform(-1e5, 1e5), rng.randint(0, 6))
        elif r < 0.9:
            x = rng.randint(-10**20, 10**20) / 10 ** rng.randint(0, 25)
        else:
            x = from_bits(rng.getrandbits(52))  # subnormals
        if not math.isnan(x):
            xs.append(x)
    return xs


def float_repr():
    rows = [[bits(x), repr(x)] for x in edge_floats() + random_floats(10000)]
    write("float_repr.jsonl", rows)


def float_parse():
    texts = ["1", "-1", "+1.5", "  2.5  ", "1_000.5", "1__0", "_1", "1_", "1_.5", "1._5", "1e1_0", "1e_10",
             "1_e10", ".5", "5.", ".", "e5", "1e", "1e+", "1e-5", "1E5", "inf", "-inf", "+INF", "Infinity",
             "-iNfInItY", "nan", "-nan", "+NaN", "nan(1)", "infinit", "0x1p3", "0x10", "1.5.5", "", " ", "--1",
             "1 2", "١٫٥", "١.٥", "\u00a01.5\u2003", "1e400", "-1e400", "1e-400", "4.9e-324", "2.4703282292062328e-324",
             "2.4703282292062327e-324", "2.4703282292062328e-324", "0.1", "123456789012345678901234567890",
             "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308", "0e0", "-0.0", "00.5",
             "1_2_3.4_5e1_2", "3.14i", "\x1c1.0", "1.0\x85", "١٢٣", "1\u200b", "in f", "na n", "1d5", "1f",
             "9" * 400, "0." + "0" * 400 + "1", "1" + "0" * 330 + "e-330", "+.e1", "-.5e-3", "1e0010"]
    texts = [t.encode().decode("unicode_escape") if "\\" in t else t for t in texts]
    for x in random_floats(300):
        t = repr(x)
        if rng.random() < 0.3:
            t = "%.25g" % x
        texts.append(t)
    rows = []
    for t in texts:
        try:
            x = float(t)
            rows.append([t, "nan" if math.isnan(x) else bits(x)])
        except ValueError:
            rows.append([t, None])
    write("float_parse.jsonl", rows)


def float_round():
    rows = []
    xs = edge_floats() + random_floats(600)
    for x in xs:
        for n in [None, 0, 1, 2, 3, rng.randint(-20, 20), -1, -2, 15, 16, 17, 300, 320, 323, 324, -308, -309, -400]:
            try:
                r = round(x) if n is None else round(x, n)
                rows.append([bits(x), n, str(r) if n is None else bits(r)])
            except (OverflowError, ValueError) as e:
                rows.append([bits(x), n, err(e)])
    for x in [0.5, 1.5, 2.5, -0.5, -2.5, 0.125, 0.375, 2.675, 1.005, 5e-324, 1.7976931348623157e308, 1e308, 9.5e307]:
        for n in range(-310, 5):
            try:
                rows.append([bits(x), n, bits(round(x, n))])
            except OverflowError as e:
                rows.append([bits(x), n, err(e)])
    write("float_round.jsonl", rows)


arithmetic()
shifts()
powers()
radix_text()
int_parse()
int_to_float()
hashes()
float_repr()
float_parse()
float_round()
