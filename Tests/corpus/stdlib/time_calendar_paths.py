# time.struct_time, gmtime/localtime/mktime/strftime; os.fspath; more of os.path.
import time, os
t = time.gmtime(86400 * 365.25 * 30 + 3723)
print(t, t.tm_year, t[0], len(t), t.tm_wday, t.tm_yday)
print(time.strftime("%Y-%m-%d %H:%M:%S %a %b %j", t), time.mktime(time.localtime(1e9)) == 1e9)
print(isinstance(time.localtime(), time.struct_time), type(time.timezone), len(time.tzname))
print(time.strftime("%Y", (2020, 1, 2, 3, 4, 5, 0, 2, 0)))
try: time.strftime("%Y", (1, 2))
except TypeError as e: print(e)
print(os.fspath("a"), os.fspath(b"b"))
class P:
    def __fspath__(self): return "/p"
print(os.fspath(P()))
try: os.fspath(3)
except TypeError as e: print(e)
import os.path as p
print(p.relpath('/a/b/c', '/a/d'), p.commonpath(['/a/b/c', '/a/b/d']), p.normcase('X'), p.commonprefix(['abc', 'abd']), p.relpath('x'), p.splitdrive('/x'))
