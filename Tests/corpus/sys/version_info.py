import sys
print(sys.version_info[:2] == (3, 11), sys.version_info.major, sys.version_info[0] >= 3)
print(sys.version_info >= (3, 8), type(sys.version).__name__, sys.maxsize == 2 ** 63 - 1)
print(isinstance(sys.platform, str), sys.byteorder in ("little", "big"))
