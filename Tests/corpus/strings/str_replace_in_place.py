# str.replace reading both strings in place: ASCII and wide texts, needles and replacements
# of either width, counts (0, negative, bounded), the empty needle, no occurrence (the
# str itself), str subclasses, and find/index/count sharing the same search.
class S(str):
    pass

text = 'hello <b>world</b> & friends & co'
print(text.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;'))
print(text.replace('&', 'AND', 1), text.replace('&', 'AND', 0), text.replace('&', 'AND', -1))
print(text.replace('o', ''), text.replace('friends', 'f'), text.replace('zzz', 'y') is text)
print(text.replace('', '|', 3), 'abc'.replace('', '-'), ''.replace('', 'x'), ''.replace('a', 'b'))
print(ascii(text.replace('o', '\xf6')), ascii(text.replace('world', '\u4e16\u754c')))
wide = 'na\xefve caf\xe9 \u4e16\u754c caf\xe9'
print(ascii(wide.replace('caf\xe9', 'cafe')), ascii(wide.replace('\u4e16', 'W')), ascii(wide.replace(' ', '')))
print(ascii(wide.replace('\u4e16\u754c', '')), ascii('ab\xe9'.replace('\xe9', 'e')), ascii('aaa'.replace('a', '\u0101', 2)))
print(text.replace('\xe9', 'e') is text, 'abc'.replace('\u4e16', 'x'), 'aaaa'.replace('aa', 'b'), 'aaa'.replace('aa', 'b'))
s = S('a-b-c')
r = s.replace('-', '+')
print(r, type(r).__name__, type(s.replace('x', 'y')).__name__, s.replace('x', 'y') == s)
print(text.find('&'), text.find('&', 20), text.rfind('&'), text.find('\xe9'), text.count('o'), text.index('friends'))
print(wide.find('caf\xe9'), wide.find('caf\xe9', 6), wide.count('caf\xe9'), wide.find('\u754c'), 'x\xe9'.find('\xe9'))
for bad in [(1, 'a'), ('a', None)]:
    try:
        'abc'.replace(*bad)
    except TypeError as error:
        print('TypeError', error)
try:
    'abc'.replace('a', 'b', 'c')
except TypeError as error:
    print('TypeError', error)
