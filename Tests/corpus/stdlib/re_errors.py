# re.error from the parser (message, position) and runtime errors of the engine
# and the Match/Pattern objects.
import re

for pattern in ['(', 'a)', '[a-', '*a', 'a{2,1}', r'\1', '(?P<1>a)', '(?<=a+)b', 'a**', '(?P<x>a)(?P<x>b)', r'\p']:
    try:
        re.compile(pattern)
    except re.error as e:
        print(repr(pattern), '->', e, '| pos', e.pos)
p = re.compile('(a)')
for thunk in [lambda: p.match('a').group(2), lambda: p.match('a').start('x'), lambda: re.sub('(a)', r'\2', 'a'),
              lambda: re.sub('a', lambda m: 1, 'a'), lambda: re.compile('a').match(), lambda: re.Pattern(),
              lambda: re.compile('a').split(5), lambda: re.compile('a').sub('b', 'a', count='x')]:
    try:
        print(thunk())
    except (IndexError, TypeError, re.error) as e:
        print(type(e).__name__, e)
print(isinstance(p, re.Pattern), isinstance(p.match('a'), re.Match), type(p).__name__, type(p.match('a')).__module__)
print(p == re.compile('(a)'), p != re.compile('(b)'), hash(p) == hash(re.compile('(a)')), re.compile('a') == re.compile(b'a'))
print("done")
raise re.error('bad pattern', 'ab', 1)
