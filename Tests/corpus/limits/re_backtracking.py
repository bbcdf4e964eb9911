# Deep repetition over long subjects (the engine keeps its own stack, so nothing
# here may overflow), backtracking through alternation, lazy and possessive
# quantifiers, atomic groups and lookarounds.
import re

long_ab = 'ab' * 50000
print(len(re.match('(a|b)*', long_ab).group()), re.match('(a|b)*', long_ab).span(1))
print(len(re.match('(?:ab)*', long_ab).group()), len(re.match('(?:a|b)*?c', long_ab + 'c').group()))
print(re.match(r'(a|b)*c', long_ab) is None, len(re.search(r'(?:ab)+$', long_ab).group()))
print(len(re.fullmatch(r'(?:(a)|(b))*', long_ab).group()), re.fullmatch(r'(?:(a)|(b))*', long_ab).lastindex)
print(len(re.match(r'(x+x+)+y', 'x' * 15 + 'y').group()), re.match(r'(x+x+)+y', 'x' * 12) is None)
print(re.match(r'(a+)+b', 'aaaaaaaaaaaaaaaaab').groups(), re.match(r'(a|ab)(c|bcd)(d*)', 'abcd').groups())
print(re.match(r'a++a', 'aaa'), re.match(r'(?>a+)b', 'aab'), re.match(r'(?:ab)*+ab', 'abab'), re.match(r'(?>a|ab)c', 'abc'))
print(re.match(r'a{2,3}?', 'aaaa'), re.match(r'(?:ab){2,}', 'ababab'), re.match(r'(ab){2,3}?c', 'abababc').groups())
print(re.match(r'(a{2})*', 'aaaaa').span(), re.match(r'(?:a*?)*b', 'aab'), re.match(r'(a*?)+?b', 'aab').groups())
print(re.findall(r'(?=(\w\w))', 'abcd'), re.findall(r'(?<=(a))b', 'abab'), re.search(r'(?!ab)a.', 'abac').span())
print(re.match(r'(?:(a)|b)*\1', 'aba'), re.match(r'(\w+?)(\d*)$', 'abc123').groups(), re.match(r'(.*?)(\d+)', 'x12').groups())
print(re.match(r'((a)|(b)|(c))+', 'abcab').groups(), re.match(r'(?:(a)|(b))+?c', 'abbac').groups())
nested = '(' * 300 + ')' * 300
print(len(re.match(r'[()]*', nested).group()), len(re.findall(r'\(\)', nested)))
words = ' '.join('w%d' % i for i in range(20000))
print(len(re.findall(r'\w+', words)), len(re.split(r'\s+', words)), len(re.sub(r'(\w)(\d)', r'\2\1', words)))
print(len(re.match(r'(?:a|b|c)+', 'abc' * 30000).group()), len(re.match(r'(?s)(.)*', 'z' * 100000).group()))
print(re.search(r'(\d+)\s+\1', 'x 12 12 y').group(), re.match(r'(?:(\d)\1)+', '112233445').group())
