#!/usr/bin/env python3
"""Cross-checks Tern's zlib against CPython's: over many random inputs, every level and
strategy, and the zlib, raw and gzip wrappers, data compressed by Tern (whole or in
chunks with flushes between them) must decompress with CPython's zlib to the original,
and data compressed by CPython must decompress with Tern's (in chunks, some with
max_length). Prints failures and the total compressed size of each side by level.
Run by hand (not part of the test suite):

    Tests/cpython/zlib_crosscheck.py [--tern .build/release/tern] [--cases 600] [--seed 1]
"""

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import zlib

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

# Runs under Tern: compresses each case's data as the case says and decompresses CPython's.
CHILD = r"""
import json, sys, zlib
folder = sys.argv[1]
cases = json.load(open(folder + '/cases.json'))
blob = open(folder + '/blob.bin', 'rb').read()
results, out = [], bytearray()
for case in cases:
    data = blob[case['data'][0]:case['data'][1]]
    theirs = blob[case['packed'][0]:case['packed'][1]]
    c = zlib.compressobj(case['level'], zlib.DEFLATED, case['wbits'], case['memLevel'], case['strategy'])
    mine = bytearray()
    step = case['chunk']
    for i in range(0, len(data), step):
        mine += c.compress(data[i:i + step])
        if case['flush']:
            mine += c.flush(case['flush'])
    mine += c.flush()
    d = zlib.decompressobj(case['wbits'] if case['wbits'] < 0 or not case['auto'] else 47)
    got = bytearray()
    piece = case['inchunk']
    for i in range(0, len(theirs), piece):
        got += d.decompress(theirs[i:i + piece], case['max_length'])
        while d.unconsumed_tail:
            got += d.decompress(d.unconsumed_tail, case['max_length'])
    got += d.flush()
    results.append({'mine': [len(out), len(out) + len(mine)], 'inflated': bytes(got) == data and d.eof})
    out += mine
json.dump(results, open(folder + '/results.json', 'w'))
open(folder + '/mine.bin', 'wb').write(out)
"""


def sample(rng, size):
    kind = rng.randrange(6)
    if kind == 0:
        return rng.randbytes(size)
    if kind == 1:
        return bytes(rng.choice(b'ab') for _ in range(size))
    if kind == 2:
        words = [b'zlib', b'swift', b'tern', b'python', b'deflate', b'window', b'\n', b' ']
        return b''.join(rng.choice(words) for _ in range(size // 4))[:size]
    if kind == 3:
        unit = rng.randbytes(rng.randrange(1, 300))
        return (unit * (size // len(unit) + 1))[:size]
    if kind == 4:
        return bytes(min(255, int(rng.gauss(128, 8))) for _ in range(size))
    return bytes([rng.randrange(256)]) * size


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tern", default=os.path.join(ROOT, ".build/release/tern"))
    parser.add_argument("--cases", type=int, default=600)
    parser.add_argument("--seed", type=int, default=1)
    options = parser.parse_args()
    rng = random.Random(options.seed)
    cases, blob = [], bytearray()
    for index in range(options.cases):
        size = rng.choice([0, 1, 5, 100, 1000, 10000, 70000, 300000])
        data = sample(rng, size)
        case = {'level': index % 11 - 1, 'wbits': rng.choice([15, 15, 9, 12, -15, -9, 31, 25]),
                'memLevel': rng.randrange(1, 10), 'strategy': rng.choice([0, 0, 0, 1, 2, 3, 4]),
                'chunk': rng.choice([1 << 30, 1 << 30, 7, 1000, 65536]) if size < 20000 else rng.choice([1 << 30, 5000, 65536]),
                'flush': rng.choice([0, 0, zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_PARTIAL_FLUSH, zlib.Z_BLOCK]),
                'inchunk': rng.choice([1 << 30, 3, 500, 4096]) if size < 20000 else rng.choice([1 << 30, 4096]),
                'max_length': rng.choice([0, 0, 1, 100, 20000]) if size < 20000 else rng.choice([0, 20000]),
                'auto': rng.random() < 0.3}
        c = zlib.compressobj(case['level'], zlib.DEFLATED, case['wbits'], case['memLevel'], case['strategy'])
        packed = c.compress(data) + c.flush()
        case['data'] = [len(blob), len(blob) + len(data)]
        blob += data
        case['packed'] = [len(blob), len(blob) + len(packed)]
        blob += packed
        cases.append(case)
    with tempfile.TemporaryDirectory() as folder:
        json.dump(cases, open(folder + '/cases.json', 'w'))
        open(folder + '/blob.bin', 'wb').write(blob)
        child = subprocess.run([options.tern, "-c", CHILD, folder], capture_output=True, text=True)
        if child.returncode != 0:
            sys.exit("Tern failed:\n" + child.stderr[-2000:])
        results = json.load(open(folder + '/results.json'))
        mine = open(folder + '/mine.bin', 'rb').read()
    failures = 0
    sizes = {}
    for case, result in zip(cases, results):
        data = blob[case['data'][0]:case['data'][1]]
        packed = mine[result['mine'][0]:result['mine'][1]]
        try:
            ok = zlib.decompress(packed, case['wbits']) == data
        except zlib.error as error:
            ok = False
            print("CPython could not decompress Tern's output:", error)
        if not ok or not result['inflated']:
            failures += 1
            print("FAIL", {k: v for k, v in case.items() if k not in ('data', 'packed')}, len(data),
                  "CPython inflating Tern's:", ok, "Tern inflating CPython's:", result['inflated'])
        if not case['flush'] and case['strategy'] == 0:
            level = sizes.setdefault(case['level'], [0, 0, 0])
            level[0] += len(data)
            level[1] += len(packed)
            level[2] += case['packed'][1] - case['packed'][0]
    for level, (raw, tern, cpython) in sorted(sizes.items()):
        print("level %2d: %9d bytes in, Tern %9d out, CPython %9d out (Tern/CPython %.3f)" % (level, raw, tern, cpython, tern / cpython))
    print("%d cases, %d failures" % (len(cases), failures))
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
