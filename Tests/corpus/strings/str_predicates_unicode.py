# Every str predicate and case mapping on the code points below U+0800, a sample of the rest
# of the Basic Multilingual Plane and a few beyond it (the answers are kept per code point after
# the first question), as a checksum per predicate, and the predicates on whole strings mixing
# scripts. (Every builtin call is a collection under CI's GC-stress stage: hence the sample.)
import zlib

chars = ''.join(chr(c) for c in list(range(0x800)) + list(range(0x800, 0x10000, 97)) + list(range(0x1D400, 0x1F300, 331))
                if not 0xD800 <= c < 0xE000)
for name in ['isalnum', 'isalpha', 'isdecimal', 'isdigit', 'isnumeric', 'isspace', 'isupper', 'islower',
             'isidentifier', 'isprintable', 'istitle']:
    method = getattr(str, name)
    answers = bytes(map(method, chars))
    print(name, answers.count(1), zlib.crc32(answers))
for name in ['upper', 'lower', 'title', 'capitalize', 'swapcase', 'casefold']:
    mapped = '\x00'.join(map(getattr(str, name), chars))
    print(name, len(mapped), zlib.crc32(mapped.encode('utf-8', 'surrogatepass')))
for text in ['Hello World', 'hello world', 'HELLO', '\u01c5ungla', 'Stra\xdfe', '\u0391\u03b8\u03ae\u03bd\u03b1',
             '\u0130stanbul', 'ABC\u01c6', '\u2160\u2161', 'x\u0345', '\u1f88']:
    print(ascii(text), text.isupper(), text.islower(), text.istitle(), ascii(text.title()), ascii(text.swapcase()))
