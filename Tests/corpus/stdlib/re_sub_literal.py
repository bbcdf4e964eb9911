# re.sub/subn with a replacement that needs no template: str, bytes, bytearray, memoryview and array
# replacements, subclasses of str and bytes as subject or replacement, no match (the subject itself),
# empty matches, count, and the TypeErrors of mixing str and bytes.
import re
class S(str): pass
class B(bytes): pass
s = 'abcabc'
print(re.sub('x', 'y', s) is s, re.sub('b', 'XY', s), re.subn('b', '', s), re.subn('', '-', 'ab'))
print(type(re.sub('x', 'y', S('abc'))), type(re.sub('b', S('y'), S('abc'))), re.sub('b', S('Q'), 'abc'))
print(re.sub(b'b', b'XY', b'abcb'), re.sub(b'b', bytearray(b'Z'), bytearray(b'abcb')), re.sub(b'b', memoryview(b'M'), b'bb'))
print(type(re.sub(b'x', b'y', bytearray(b'abc'))), type(re.sub(b'a', b'y', B(b'abc'))), re.sub(b'', b'-', b''), re.sub('', '-', ''))
print(re.sub('a', '\u0101', 'banana'), re.sub('\u0101', 'a', 'b\u0101n\u0101n\u0101'), re.sub('[an]', '', 'banana', count=2))
try: re.sub('a', b'x', 'abc')
except TypeError as e: print('TypeError', e)
try: re.sub(b'a', 'x', b'abc')
except TypeError as e: print('TypeError', e)
print(re.sub(b'a', b'x', memoryview(b'banana')), re.subn(b'(a)', b'[]', b'banana', 2))
import array
print(str(memoryview(b'abc'), 'latin1'), str(array.array('B', [104, 105]), 'ascii'), str(memoryview(b'\xe9'), 'utf-8', 'replace'))
try: str(memoryview(b'\xe9'), 'utf-8')
except UnicodeDecodeError as e: print('UnicodeDecodeError', e)
print(re.sub(b'b', memoryview(b'[\\g<0>]'), b'abc'), re.sub(b'b', array.array('B', [65]), b'abc'))
try: re.sub('b', memoryview(b'M'), 'abc')
except TypeError as e: print('TypeError', e)
