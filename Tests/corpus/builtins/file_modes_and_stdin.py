# Text files: modes, closed files, append, partial reads, OSError attributes; input() and sys.stdin sharing one stream.
import sys
p = "/tmp/tern_corpus_builtins_file_modes_and_stdin.txt"
f = open(p, "w")
print(f.closed, f.name, f.writable(), f.readable())
f.write("a\nb\r\nc")
f.close()
print(f.closed)
try:
    f.write("x")
except ValueError as e:
    print("ValueError", e)
with open(p) as g:
    for line in g:
        print(repr(line))
with open(p, "a") as g:
    g.write("\nd\n")
with open(p) as g:
    print(g.read(3), repr(g.read()))
for mode in ["rw", "z", "rbt"]:
    try:
        open(p, mode)
    except ValueError as e:
        print("ValueError", e)
try:
    open("/nonexistent/x")
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
print("to err", file=sys.stderr, flush=True)
print(sys.version_info.minor, sys.version_info[0], len(sys.version_info), tuple(sys.version_info)[:2])
print(type(sys.version_info).__name__)
s = input("prompt> ")
print(repr(s))
print(sys.stdin.readline(), end="")
print(list(sys.stdin))
try:
    input()
except EOFError as e:
    print("EOFError", e)
