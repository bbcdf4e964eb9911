# str.partition/rpartition reading the text in place (what the tuple holds when the text or
# the separator is a str subclass), and the is... predicates on ASCII and non-ASCII text.
class S(str):
    pass

for text in ['key=value=x', 'novalue', '', '=', 'caf\xe9=\u4e16\u754c', '\u4e16=']:
    print(ascii(text.partition('=')), ascii(text.rpartition('=')), ascii(text.partition('\u4e16')))
found = S('a-b-c').partition('-')
print([type(part).__name__ for part in found], [type(part).__name__ for part in 'a-b'.partition(S('-'))])
for bad in ['', None, 1]:
    try:
        'abc'.partition(bad)
    except (TypeError, ValueError) as error:
        print(type(error).__name__, error)
samples = ['hello', '123', 'abc123', ' ', '\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f', 'X', '_id', 'Hello World', '', 'ABC', 'abc',
           '\xbd', '\u0663', '\u00b2', 'na\xefve', '\u2003', 'A1!', 'Title Case', 'a\x00', '\x7f']
for name in ['isalnum', 'isalpha', 'isdecimal', 'isdigit', 'isnumeric', 'isspace', 'isupper', 'islower',
             'isidentifier', 'isprintable', 'istitle', 'isascii']:
    print(name, ''.join('1' if getattr(sample, name)() else '0' for sample in samples))
