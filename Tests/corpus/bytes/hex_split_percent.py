print(b"abcdef".hex("-", -2), b"abcdef".hex("-", 4), b"abcdef".hex("-", -4), b"abcde".hex(b":", 2), b"".hex("-"), bytearray(b"ab").hex(" "))
print(b"abc".split(maxsplit=1), b"  a  b ".rsplit(maxsplit=1), bytearray(b"a,b").partition(b","), b"x".center(4), b"ab".rjust(4, bytearray(b"0")))
print(b"a%sb" % (bytearray(b"Q"),), b"%5.1f|%-3d|%03x" % (1.25, 7, 10), b"%(a)s%(a)r" % {b"a": b"v"})
print(bytes(memoryview(b"ab")) if False else b"", bytearray(b"abc").find(b"c", 1), b"abcabc".rindex(b"a"), b"ab".count(97))
