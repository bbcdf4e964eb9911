# Character sets as the engine tabulates them for code points below 256 (built on first
# use, per set): in a search's first-character skip, in IN, in single-character repeats
# and in the first item of alternatives; wide subjects mixing code points above and
# below 256; case-ignoring sets; and a pattern with more sets than the tables hold.
import re

def show(pattern, text, flags=0):
    compiled = re.compile(pattern, flags)
    print(ascii(pattern), flags, ascii(compiled.findall(text)), ascii(compiled.search(text) and compiled.search(text).span()))

show(r'[0a-z][a-z0-9]*,', 'AB, a5,b77,0x, ,Z9,')
show(r'[^a-c]+', 'aabxyzcab')
show(r'[\d_]+|[A-F]{2}', 'xx12_3 ABCD 9')
show(r'[cgt]gggtaaa|tttaccc[acg]', 'tttacccgAgggtaaacgggtaaa')
show(r'[\xe0-\xef]+', 'caf\xe9 na\xefve \u0101\xe8')
show(r'[\u0100-\u017f\xe9]+', 'x\xe9\u0101\u017fy\u0180')
show(r'[^\u4e00-\u9fff]+', 'ab\u4e00cd\u9fffe')
show(r'[\w]+', 'd\xe9j\xe0 \u03b1\u03b2 _9', re.ASCII)
show(r'[\w]+', 'd\xe9j\xe0 \u03b1\u03b2 _9')
show(r'[s]+', 'Ss\u017f\u017ft', re.IGNORECASE)
show(r'[k]', 'K\u212ak', re.IGNORECASE)
show(r'[\xc0-\xc5]+', '\xe0\xe1\xc2x', re.IGNORECASE)
show(r'[a-z]+', 'ABC\u0130def', re.IGNORECASE)
show(rb'[a-f]+'.decode(), 'xxABCdefZ', re.IGNORECASE)
print(re.findall(rb'[a-f\x80-\xff]+', b'ab\x80\xffZf\x7f'))
print(re.findall(rb'[^\s]+', b'one two\tthree\n', re.IGNORECASE))
print(re.findall(rb'[A-Z]+', b'abcXYZ', re.IGNORECASE | re.LOCALE))
# 80 sets, more than the 64 tables a pattern gets: the rest are walked item by item.
many = ''.join('[%s%s]' % (chr(97 + i % 26), chr(65 + (i * 7) % 26)) for i in range(80))
text = ''.join(chr(97 + i % 26) for i in range(80))
print(bool(re.fullmatch(many, text)), bool(re.fullmatch(many, text[:-1] + '!')))
print(re.sub('[aeiou]', '', 'the quick brown fox'), re.subn('[^aeiou ]', '.', 'the quick brown fox'))
print(re.split(r'[,;]\s*', 'a, b;c,d'))
