# match, search, fullmatch, findall and finditer with pos/endpos, anchors and the
# INFO fast paths (literal prefix, first-character set, general scan).
import re

print(re.match(r'a+', 'aaab'))
print(re.match(r'a+', 'baaa'), re.search(r'a+', 'baaa'))
print(re.fullmatch(r'a|ab', 'ab'), re.fullmatch(r'a*', 'aab'))
print(re.search(r'(\d+)-(\d+)', 'tel 123-456 x'))
p = re.compile(r'o[a-z]')
print(p.search('foo bob oz', 3), p.search('foo bob oz', 3, 6), p.match('foo', 1), p.match('foo', 1, 2))
print(p.findall('foo bob oz on'), p.findall('foo bob oz on', 5), p.findall('foo bob oz on', 2, 9))
print([m.span() for m in p.finditer('oa ob oc od', 1, 10)])
print(re.compile('').match('abc', 2, 1), re.compile('').search('abc', 2, 1), re.compile('a').search('abc', -5, 99))
print(re.search('$', 'ab\n'), re.search(r'\Z', 'ab\n'), re.findall('^x', 'x\nx\nx', re.M), re.findall(r'x$', 'x\nx\nx', re.M))
print(re.search(r'\bfoo\b', 'a foo b'), re.search(r'\Bfoo', 'afoo'), re.search(r'\b', ''), re.search(r'\B', ''))
print(re.search('needle', 'haystack with a needle in it'), re.search('abcabd', 'abcabcabd'), re.search('xyz', 'xyxyz'))
print(re.search('[xyz]q', 'aaazq'), re.search(r'(?:ab|cd)e', 'abcde'), re.search('a.c', 'a\nc abc'))
print(list(re.finditer(r'a*', 'baac')))
print(re.findall(r'\w+', 'hello big world'), re.findall(r'(a)(b)?', 'ab a'), re.findall('', 'ab'))
print(re.match('.*', 'abc\ndef'), re.match('(?s).*', 'ab\ncd'), re.search(r'\Aab', 'ab'), re.search(r'\Aab', 'cab'))
print(re.search('[^a-c]+', 'abcdef'), re.search(r'\s+', 'a \t b'), re.search(r'\d{2,}', 'a1b22c333'))
s = p.scanner('oa ob')
print(s.match(), s.match(), s.search(), s.search(), s.pattern is p)
print(re.search(r'x*', 'aaa'), re.search(r'(?=b)', 'ab'), re.search(r'(?<=a)b', 'ab'), re.search(r'(?<!a)b', 'ab b'))
