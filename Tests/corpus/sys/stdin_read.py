import sys
first = sys.stdin.readline()
print(repr(first))
rest = sys.stdin.read()
print(repr(rest))
words = rest.split()
print(len(words), sorted(words))
print(repr(sys.stdin.readline()))
