# bytes and bytearray subjects and patterns, LOCALE on bytes, and the type errors
# for mixing str and bytes.
import re

print(re.match(rb'\w+', b'abc def'), re.findall(rb'\d+', b'a1b22'), re.sub(b'a', b'x', bytearray(b'bab')))
print(re.split(rb',', bytearray(b'a,b')), type(re.split(rb',', bytearray(b'a,b'))[0]), re.search(b'b', bytearray(b'abc')).group())
print(re.findall(rb'(?i)[a-z]+', b'AbC \xe9\xc9'), re.findall(rb'\w', b'a\xe9_1'), re.findall(rb'(?L)\w+', b'ab\xe9'))
print(re.findall(rb'(?iL)a', b'aA'), re.compile(b'x', re.L).flags, re.compile(rb'\d').pattern, re.compile(b'x'))
print(re.subn(rb'(\w)(\w)', rb'\2\1', b'abcd'), re.sub(rb'o', lambda m: m.group().upper(), b'foo'))
print(re.match(rb'(a)(b)?', b'a').groups(), re.match(rb'(?P<n>\d+)', b'42').groupdict(), re.escape(b'a.b'))
print(re.findall(rb'[\x80-\xff]+', b'ab\x80\x81c\xff'), re.search(rb'\xe9', b'caf\xe9'))
for pattern, subject in [('a', b'a'), (b'a', 'a'), ('a', 3), (b'a', None)]:
    try:
        re.search(pattern, subject)
    except TypeError as e:
        print('TypeError', e)
# An empty buffer other than bytes (no address) is still a subject.
import array as _array
print(re.match(b'', memoryview(b'')), re.findall(b'', _array.array('b')), re.sub(b'', b'-', memoryview(b'')),
      re.subn(b'', b'x', _array.array('b')))
