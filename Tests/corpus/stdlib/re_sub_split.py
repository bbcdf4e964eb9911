# sub/subn with literal, template and callable replacements, counts, empty
# matches, and split with groups and maxsplit.
import re

print(re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'me@host and you@there'))
print(re.sub(r'(?P<word>\w+)', r'<\g<word>>', 'a bc'), re.sub('a', r'\n', 'bab') == 'b\nb')
print(re.subn('a', lambda m: m.group().upper(), 'banana'), re.subn('a', 'o', 'banana', count=2), re.subn('a', 'o', 'banana', 0))
print(re.sub('x*', '-', 'abxd'), re.sub('', '-', 'abc'), re.sub(r'\b', '|', 'hi there'))
print(re.sub('a', lambda m: None, 'banana'), re.sub('(a)|b', lambda m: str(m.lastindex), 'abab'))
print(re.sub(r'(\d+)', lambda m: str(int(m.group(1)) * 2), 'a1 b22 c333'))
print(re.split(r'(,)\s*', 'a, b,c'), re.split('x*', 'axbc'), re.split(r'\W+', 'Words, words, words.', maxsplit=1))
print(re.split('(a)|b', 'xaybz'), re.split('', 'abc'), re.split(r'\s+', '  lead and trail  '), re.split('z', 'abc'))
print(re.split('a', 'banana', -1), re.compile(r'\d').split('a1b2c3', 2))
print(re.compile('o').sub('0', 'foo boo', 3), re.compile('o').subn(r'[\g<0>]', 'foo'))
calls = []
def record(m):
    calls.append(m.span())
    return m.group().upper()
print(re.sub(r'[aeiou]', record, 'education'), calls)
print(re.sub('(b)', r'\1\1', 'abc'), re.sub('a', 'b', ''), re.subn('q', 'r', 'abc'))
print(re.escape('a.b*c'), re.sub(re.escape('1+1'), '2', 'is 1+1?'))
print(re.sub(r'(?m)^', '> ', 'one\ntwo\n'))
