# str.splitlines over every line break CPython knows (\r\n as one), with and without the breaks,
# on ASCII and wide text, a str subclass, and bytes/bytearray (which break on \n, \r only).
for text in ['a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l', '', '\n', 'x', 'x\n\n', '\r\n\r', 'caf\xe9\n\u4e16\r\n']:
    print(ascii(text.splitlines()), ascii(text.splitlines(True)), ascii(text.splitlines(keepends=True)))
class S(str): pass
print([type(x).__name__ for x in S('a\nb').splitlines()], S('ab').splitlines())
print(b'a\nb\x0bc\r\n'.splitlines(), b'a\x85b'.splitlines(True), bytearray(b'x\ry').splitlines())
