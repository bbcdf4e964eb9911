# sys.stdin.read(n) reads n characters, not the whole input; input() and sys.stdin
# share one stream.
import sys
print(repr(sys.stdin.read(3)), repr(sys.stdin.read(0)))
print(repr(sys.stdin.readline()))
print(repr(sys.stdin.read(4)))
print(repr(input()))
print(repr(sys.stdin.read(2)), repr(sys.stdin.read()), repr(sys.stdin.read(5)))
