# Random regular expressions for the differential test (regex_differential.py): patterns
# built from a seed — sets, categories, alternations, groups, greedy and lazy repeats —
# run over str (ASCII, Latin-1, wide) and bytes subjects, with and without IGNORECASE.
# Prints one line per case (search, match, fullmatch, findall, sub, finditer), which
# CPython and Tern must print alike.
#
# usage: regex_cases.py SEED COUNT
import random
import re
import sys

rng = random.Random(int(sys.argv[1]))

ATOMS = ['a', 'b', 'z', 'A', 'Z', '0', '9', '_', '-', ' ', '.', '\\d', '\\w', '\\s', '\\D', '\\W', '\\S',
         '[a-c]', '[^a-c]', '[0a-z]', '[a-z0-9]', '[^\\w]', '[\\d_]', '[A-Fa-f0-9]', '[^ ]', '[.-]', '[-z]',
         'ab', 'abc', 'Python', '.', '^', '$', '\\b', '\\B', '(?=a)', '(?!b)', '(?<=a)', '(?<!z)', '(?:ab|a)',
         '[\xe9\xe0]', '[^\xe9]', '[\xc0-\xff]', '[\u0100-\u017f]', '[\u03b1-\u03c9x]', '[^\u4e00-\u9fff]']
BYTE_ATOMS = [atom for atom in ATOMS if all(ord(c) < 128 for c in atom)]
ALPHABET = 'abczAZ09_- .\nPy\xe9\xe0\xc9\u0101\u03b1\u03a9\u4e00'


ZERO_WIDTH = {'^', '$', '\\b', '\\B', '(?=a)', '(?!b)', '(?<=a)', '(?<!z)'}


def quantified(atom):
    if atom in ZERO_WIDTH and rng.random() < 0.95:
        return atom  # else "nothing to repeat", which must read alike too
    return atom + rng.choice(['', '', '*', '+', '?', '{1,3}', '*?', '+?', '{2}'])


def random_pattern(atoms):
    parts = []
    for _ in range(rng.randint(1, 4)):
        piece = quantified(rng.choice(atoms))
        if rng.random() < 0.3:
            piece = '(' + piece + '|' + quantified(rng.choice(atoms)) + ')'
        parts.append(piece)
    if rng.random() < 0.3:
        return '|'.join(parts[:2]) if len(parts) > 1 else parts[0]
    return ''.join(parts)


def random_text(alphabet, length):
    return ''.join(rng.choice(alphabet) for _ in range(length))


def describe(match):
    if match is None:
        return None
    return (match.span(), match.groups())


for case in range(int(sys.argv[2])):
    use_bytes = case % 4 == 3
    flags = (re.IGNORECASE if rng.random() < 0.3 else 0) | (re.MULTILINE if rng.random() < 0.1 else 0) \
        | (re.DOTALL if rng.random() < 0.1 else 0)
    source = random_pattern(BYTE_ATOMS if use_bytes else ATOMS)
    if use_bytes:
        text = random_text('abczAZ09_- .\nPy', rng.randint(0, 40)).encode('ascii')
        source = source.encode('ascii')
    else:
        alphabet = 'abczAZ09_- .\nPy' if case % 4 == 0 else ALPHABET
        text = random_text(alphabet, rng.randint(0, 40))
    try:
        pattern = re.compile(source, flags)
    except re.error as error:
        print(case, ascii(source), int(flags), 'error', ascii(str(error)))
        continue
    results = (describe(pattern.search(text)), describe(pattern.match(text)),
               describe(pattern.fullmatch(text)), pattern.findall(text),
               pattern.sub(b'<>' if use_bytes else '<>', text, count=3),
               [m.span() for m in pattern.finditer(text)][:5])
    print(case, ascii(source), int(flags), ascii(text), ascii(results))
