# Offsets near sys.maxsize: the buffer size pack_into/unpack_from report is the exact sum.
import struct
import sys

for offset in (sys.maxsize, sys.maxsize - 3, -sys.maxsize - 1, 2 ** 62):
    for call in (lambda: struct.pack_into("<I", bytearray(10), offset, 1),
                 lambda: struct.unpack_from("<I", bytearray(10), offset),
                 lambda: struct.Struct("<Q").pack_into(bytearray(3), offset, 1),
                 lambda: struct.Struct("<Q").unpack_from(b"abc", offset)):
        try:
            call()
        except struct.error as error:
            print("struct.error", error)
try:
    struct.unpack_from("<I", bytearray(10), sys.maxsize + 1)
except OverflowError as error:
    print("OverflowError", error)
