# io.StringIO's newline modes (None translates \r and \r\n on write and records what it saw;
# "" keeps them and records; "\r" and "\r\n" translate \n on write), readline's line endings in
# each mode, seek/tell/truncate's checks, pickling state, properties, and wide characters.
import io
import pickle

for newline in [None, "", "\n", "\r", "\r\n"]:
    buffer = io.StringIO("a\nb\r\nc\rd", newline=newline)
    print(repr(newline), repr(buffer.getvalue()), buffer.newlines, buffer.readlines())
    buffer.write("e\r")
    buffer.write("\nf\n")
    print("  ", repr(buffer.getvalue()), buffer.newlines, buffer.tell())
    buffer.seek(0)
    print("  ", [buffer.readline() for _ in range(7)])
    buffer.seek(0)
    print("  ", repr(buffer.readline(2)), repr(buffer.readline(0)), repr(buffer.readline(-1)), repr(buffer.readline(None)))

default = io.StringIO("a\nb\r\nc\rd")
print("default", default.newlines, default.readlines(), default.write("\r\n"), repr(default.getvalue()))
print(default.__getstate__()[1:3], io.StringIO(newline=None).__getstate__()[1:3], io.StringIO(newline="").__getstate__()[1:3])

for newline in ["x", "\n\n", 1, b"\n"]:
    try:
        io.StringIO(newline=newline)
    except (TypeError, ValueError) as error:
        print(type(error).__name__, error)
for initial in [b"x", 1, None]:
    try:
        print(repr(io.StringIO(initial).getvalue()))
    except TypeError as error:
        print(type(error).__name__, error)

seen = io.StringIO(newline=None)
for piece, expected in [("x", None), ("\n", "\n"), ("\r\n", ("\n", "\r\n")), ("\r", ("\r", "\n", "\r\n"))]:
    seen.write(piece)
    print(repr(piece), seen.newlines, seen.newlines == expected)
print(io.StringIO(newline="").newlines, io.StringIO().newlines, io.StringIO("\r", newline="").newlines)

wide = io.StringIO("héllo")
wide.seek(1)
print(wide.read(3), wide.tell())
wide.write("€uro")
print(repr(wide.getvalue()), len(wide.getvalue()), wide.tell())
wide.seek(0)
wide.truncate(2)
print(repr(wide.getvalue()), wide.getvalue() == "hé", wide.getvalue().isascii())
wide.seek(0)
wide.truncate(1)
print(repr(wide.getvalue()), wide.getvalue() == "h", wide.getvalue().isascii(), hash(wide.getvalue()) == hash("h"))
ascii_then_wide = io.StringIO()
ascii_then_wide.write("abc")
ascii_then_wide.write("\U0001F600")
ascii_then_wide.write("def")
print(repr(ascii_then_wide.getvalue()), len(ascii_then_wide.getvalue()))
ascii_then_wide.seek(10)
ascii_then_wide.write("z")
print(repr(ascii_then_wide.getvalue()))

checks = io.StringIO("0123456789")
for arguments in [(3,), (0, 1), (0, 2), (-1,), (1, 1), (1, 2), (0, 3), (3.0,), ("1",)]:
    try:
        print(arguments, checks.seek(*arguments), checks.tell())
    except (ValueError, OSError, TypeError) as error:
        print(arguments, type(error).__name__, error)
for size in [None, 20, 4, -1, 2.0]:
    try:
        print("truncate", size, checks.truncate(size), repr(checks.getvalue()), checks.tell())
    except (ValueError, TypeError) as error:
        print("truncate", size, type(error).__name__, error)
for size in [None, -1, 2, 1.5]:
    checks.seek(0)
    try:
        print("read", size, repr(checks.read(size)))
    except TypeError as error:
        print("read", size, type(error).__name__, error)
print(checks.write("xyz"), repr(checks.getvalue()))
try:
    checks.write(b"bytes")
except TypeError as error:
    print(type(error).__name__, error)

state = io.StringIO("one\r\ntwo", newline=None)
state.seek(2)
state.extra = 42
print(state.__getstate__())
copy = pickle.loads(pickle.dumps(state))
print(type(copy).__name__, repr(copy.getvalue()), copy.tell(), copy.extra, copy.newlines)
restored = io.StringIO()
restored.__setstate__(("x\ny", "\n", 1, None))
print(repr(restored.getvalue()), restored.tell())
for bad in [("a", "\n", 0), ("a", "\n", -1, None), ("a", "\n", "0", None), ("a", "\n", 0, 5), [1, 2, 3, 4]]:
    try:
        io.StringIO().__setstate__(bad)
    except (TypeError, ValueError) as error:
        print(type(error).__name__, error)

props = io.StringIO()
print(props.encoding, props.errors, props.line_buffering, props.readable(), props.writable(), props.seekable(), props.isatty())
print(props.closed, isinstance(props, io.TextIOBase), isinstance(props, io.IOBase))
for name in ["detach", "fileno"]:
    try:
        getattr(props, name)()
    except io.UnsupportedOperation as error:
        print(name, type(error).__name__, error)
with props as entered:
    print(entered is props)
print(props.closed)
for action in ["getvalue", "read", "tell", "readable", "flush", "isatty", "readlines", "__getstate__"]:
    try:
        getattr(props, action)()
    except ValueError as error:
        print(action, type(error).__name__, error)
try:
    props.seek(0)
except ValueError as error:
    print("seek", error)
props.close()
print(props.newlines if False else "closed twice fine")

class Upper(io.StringIO):
    def write(self, s):
        return super().write(s.upper())
    def readline(self, size=-1):
        return super().readline(size).strip() + "|\n"
upper = Upper()
print("shout", file=upper)
upper.writelines(["a", "b"])
print(repr(upper.getvalue()))
upper.seek(0)
print(next(upper), upper.readline())
class BadLine(io.StringIO):
    def readline(self, size=-1):
        return 5
try:
    next(BadLine("x\n"))
except OSError as error:
    print(type(error).__name__, error)

reused = io.StringIO("abc")
reused.__init__("xy")
print(repr(reused.getvalue()), reused.tell())
reused.__init__()
print(repr(reused.getvalue()))

try:
    Upper().__setstate__(1)
except TypeError as error:
    print(error)
for stream in [io.StringIO(), io.BytesIO(), Upper()]:
    try:
        stream.missing
    except AttributeError as error:
        print(error)
print(io.StringIO, io.BytesIO, type(Upper()).__mro__[1])
