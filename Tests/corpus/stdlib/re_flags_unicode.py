# IGNORECASE, MULTILINE, DOTALL, VERBOSE, ASCII and inline flags; Unicode
# categories, case folding and big character sets.
import re

print(re.compile('a+', re.I), re.compile('x', re.A), re.compile(r'(?x) a b # c'), re.compile('y', re.M | re.S))
print(re.compile('a+', re.I).flags, re.compile('a').flags, re.compile(b'a').flags, re.compile('a', re.A).flags)
print(re.findall(r'(?i)hello', 'Hello HELLO hello'), re.match(r'(?i)[a-z]+', 'AbC'), re.match(r'(?i:a)b', 'Ab'), re.match(r'(?i:a)b', 'AB'))
print(re.match(r'(?i)straße', 'STRASSE'), re.match(r'(?i)ǅ', 'ǆ'), re.findall(r'(?i)[a-zé]+', 'HÉllo wörld'))
print(re.findall(r'(?i)σ', 'Σσς'), re.match(r'(?i)K', '\u212a'), re.match(r'(?ia)K', '\u212a'), re.findall(r'(?i)[k]', 'kK\u212a'))
print(re.findall(r'\w+', 'naïve café 東京 x_1'), re.findall(r'(?a)\w+', 'naïve café'), re.findall(r'\d', '1٢३x'), re.findall(r'(?a)\d', '1٢३'))
print(re.findall(r'\s', 'a\u00a0b\u2003c\td'), re.findall(r'(?a)\s', 'a\u00a0b\td'), re.findall(r'\W', 'a-b_c!'))
print(re.findall(r'[\u0400-\u04ff]+', 'hi привет мир'), re.findall(r'[^\x00-\x7f]', 'aé€b'))
print(re.findall(r'[а-яё]+', 'Ёж ёж', re.I), re.findall(r'[\w\-]+', 'x-y z'), re.sub(r'(?i)[ÀÉ]', '_', 'àéÀÉ'))
print(re.findall('^a.', 'ab\nac', re.M), re.findall('a.', 'a\nab', re.S), re.findall('a.$', 'ab\nac\n'))
print(re.match(r'''(?x)
    (\d+)   # digits
    \s* - \s*
    (\w+)   # word
''', '42 - answer').groups())
print(re.findall(r'\bé\w*', 'été éte ça'), re.findall(r'(?a)\b\w', 'éa b'), re.search(r'\u00e9', 'caf\u00e9'))
print(re.findall(r'(?i)[^a]', 'aAbB'), re.findall(r'(?i)[^\W\d]+', 'Ab1_cD'), re.fullmatch(r'(?i)ﬀ', 'FF'))
print(re.findall(r'[\U0001F600-\U0001F64F]', 'hi 😀 there 😃'), len(re.findall('.', '😀x')))
