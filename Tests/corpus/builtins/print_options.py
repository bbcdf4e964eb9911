import sys
print("a", "b", "c")
print("a", "b", "c", sep="-")
print("no newline", end="")
print(" continued", end="!\n")
print()
print(1, 2.5, None, True, [1], sep="|", end="<\n")
print("to stderr", file=sys.stderr)
print("to stdout", file=sys.stdout)
print(*range(5), sep="")
print("x", sep=None, end=None)
print("flushed", flush=True)
try:
    print("x", sep=5)
except TypeError as error:
    print("TypeError:", error)
