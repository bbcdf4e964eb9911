# _sre.compile checks the code it is handed (re always hands it well-formed code): malformed
# code raises RuntimeError before anything runs; code that re's own compiler made, and small
# edits of it that stay well-formed, compile and match as in CPython.
import _sre
import re
from re import _compiler, _parser


def compiled(pattern, flags=0):
    parsed = _parser.parse(pattern, flags)
    return parsed, _compiler._code(parsed, flags)


def attempt(label, pattern, code, groups=0, groupindex=None, indexgroup=None):
    try:
        p = _sre.compile(pattern, 0, code, groups, {} if groupindex is None else groupindex,
                         (None,) * (groups + 1) if indexgroup is None else indexgroup)
    except (RuntimeError, TypeError, OverflowError) as error:
        print(label, type(error).__name__, error)
        return
    m = p.search('xx abc ab bc aab')
    print(label, 'ok', m and m.span(), p.findall('abcab'))


for pattern in ['a|bc', '(a)(?(1)b|c)', '(?=x)y', '(?<!ab)c', 'a*?b+c{2,5}', '[^a-z\\d]+', '(?>ab|a)c',
                'x++y', '(ab)*c', '\\bab\\B', '[\u0100-\u0200x]', '(?i)ab[cd]', 'ab(?:cd)*?e', '(a)\\1', '^abc$']:
    parsed, code = compiled(pattern)
    attempt(repr(pattern), pattern, code, parsed.state.groups - 1)
    attempt('  truncated', pattern, code[:-1], parsed.state.groups - 1)
    attempt('  no final SUCCESS', pattern, code[:-1] + [0], parsed.state.groups - 1)

attempt('empty code', 'x', [])
attempt('MARK past the groups', 'x', [17, 4, 1], 1)
attempt('GROUPREF past the groups', 'x', [11, 1, 1], 1)
attempt('stray JUMP', 'x', [15, 1, 1, 1])
attempt('stray MAX_UNTIL', 'x', [18, 1])
attempt('REPEAT_ONE min > max', 'x', [24, 5, 3, 2, 16, 97, 1, 1])
attempt('REPEAT_ONE skip too long', 'x', [24, 50, 0, 2, 16, 97, 1, 1])
attempt('REPEAT_ONE', 'x', [24, 6, 0, 2, 16, 97, 1, 1])
attempt('IN without FAILURE', 'x', [13, 3, 16, 97, 1])
attempt('IN', 'x', [13, 4, 16, 97, 0, 1])
attempt('BRANCH', 'x', [7, 5, 16, 97, 15, 7, 5, 16, 98, 15, 2, 0, 1])
attempt('BRANCH, JUMPs disagree', 'x', [7, 5, 16, 97, 15, 8, 5, 16, 98, 15, 2, 0, 1])
attempt('BRANCH without alternatives', 'x', [7, 0, 1])
attempt('INFO with a stray word', 'x', [14, 5, 0, 0, 0, 9, 16, 97, 1])
attempt('INFO LITERAL without PREFIX', 'x', [14, 4, 2, 0, 0, 16, 97, 1])
attempt('INFO unknown flag', 'x', [14, 4, 8, 0, 0, 16, 97, 1])
attempt('ASSERT', 'x', [4, 5, 0, 16, 97, 1, 16, 98, 1])
attempt('ASSERT without SUCCESS', 'x', [4, 5, 0, 16, 97, 16, 16, 98, 1])
attempt('category out of range', 'x', [8, 40, 1])
attempt('AT out of range', 'x', [6, 12, 1])
attempt('operand too big', 'x', [16, 2 ** 32, 1])
attempt('negative groups', 'x', [1], -1, indexgroup=())
attempt('groupindex not a dict', 'x', [1], 0, groupindex=[])
attempt('indexgroup not a tuple', 'x', [1], 0, indexgroup=[None])
try:
    _sre.compile('x', 0, (1,), 0, {}, (None,))
except TypeError as error:
    print('code as a tuple:', error)
print(re.findall('a|', 'xab'), re.sub('(?=b)', '-', 'abab'))
p = _sre.compile('(a)', 0, [17, 0, 16, 97, 17, 1, 1], True, {}, (None, None))   # groups is stored as an int
print(p.groups, type(p.groups).__name__, p.match('ab').groups())


class Count(int):
    pass


p = _sre.compile('(a)', 0, [17, 0, 16, 97, 17, 1, 1], Count(1), {}, (None, None))
print(p.groups, type(p.groups).__name__, p.match('ab').groups())
