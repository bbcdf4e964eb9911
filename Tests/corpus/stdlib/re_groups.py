# Groups: numbering, names, lastindex/lastgroup, spans, defaults, backreferences,
# conditionals and the Match object's attributes and repr.
import re

m = re.match(r'(?P<first>\w+) (?P<last>\w+)', 'Jane Doe rest')
print(m.group(0), m.group(1, 2), m['last'], m.group('first', 0), m.groupdict(), m.span(2), m.start('last'), m.end())
print(m.lastindex, m.lastgroup, m.regs, m.pos, m.endpos, m.string, m.re.pattern, bool(m))
print(m.expand(r'\2, \1 (\g<first>)'), m.expand(r'\g<0>!'))
m = re.match(r'(a)(b)?(c)?', 'ac')
print(m.groups(), m.groups('-'), m.group(2), m.span(2), m.start(2), m.lastindex, m.lastgroup)
print(re.match(r'(a)|b', 'b').groups(), re.match(r'((a)|b)+', 'ab').groups(), re.match(r'(a|b)*?c', 'ababc').group(1))
print(re.match('(a|ab)(c|bcd)(d*)', 'abcd').groups(), re.match(r'(?:(a)|(b))+', 'ab').groups())
print(re.match(r'(?P<x>a)(?P<y>b)?', 'a').groupdict('?'), re.match(r'(?P<x>a)(?P<y>b)?', 'a').lastgroup)
print(re.match(r'(\w)\1', 'aa'), re.match(r'(\w)\1', 'ab'), re.match(r'(?P<c>.)(?P=c)', 'xx'))
print(re.match(r'(a)(?(1)b|c)', 'ab'), re.match(r'(a)?(?(1)b|c)', 'c'), re.match(r'(?P<q>")?\w+(?(q)")', '"word"'))
print(re.match(r'(a*)*b', 'aaab').groups(), re.match(r'(a*)+b', 'b').groups(), re.match(r'(a|)+b', 'aab').groups())
print(re.match(r'((\w+) ?)+', 'one two three').groups(), re.match(r'(?:(\d)|x)+', '1x2x').groups())
for key in [3, -1, 'missing', 1.5]:
    try:
        m.group(key)
    except IndexError as e:
        print('IndexError', e)
p = re.compile(r'(?P<a>x)(y)')
print(p.groups, sorted(p.groupindex.items()), p.match('xy').lastgroup, p.match('xy').lastindex)
print(repr(re.match('a' * 60, 'a' * 60)), repr(re.match(b'ab', b'ab')))
print(re.match('x', 'x').__copy__().group(), re.compile('x').__deepcopy__({}).pattern)
print(re.match(r'(a)(?:(b)|c)\2?', 'ac').groups(), re.match(r'(?:(a)|b)*', 'ab').span(1))
print(re.Pattern[str], re.Match[bytes], re.Pattern.__name__, re.Match.__module__)
