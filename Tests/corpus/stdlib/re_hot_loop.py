# A hot loop calling into re, so the JIT traces calls into _sre's native methods.
import re

pattern = re.compile(r'(?P<key>[a-z]+)=(?P<value>\d+)')
total = 0
keys = {}
for i in range(3000):
    line = 'k%s=%d;x=%d' % ('abc'[i % 3], i, i * 2)
    m = pattern.search(line)
    if m:
        total += int(m.group('value'))
        keys[m['key']] = keys.get(m['key'], 0) + 1
    for found in pattern.finditer(line):
        total += len(found.group(0))
    if re.match(r'k[ab]', line):
        total += 1
    total += len(pattern.sub(r'\g<value>', line))
print(total, sorted(keys.items()))
