# A SyntaxError's traceback ends with its location drawn from its attributes (file,
# line, text and carets from offset to end_offset), then "SyntaxError: msg";
# sys.excepthook writes it to sys.stderr, whatever sys.stderr is at the time.
import io
import sys

cases = [("bad.py", 1, 2, "abcdefg", 1, 3), ("bad.py", 1, 2, "abcdefg", 1, 7), ("bad.py", 1, 4, "abcdefg", 1, 2),
         ("bad.py", 1, 2, "abcdefg", 1, 100), ("bad.py", 1, 2, "   indented\n", 1, 6), (None, 3, 1, "x", 3, 2),
         ("nolines.py", None, None, None, None, None)]
for location in cases:
    try:
        raise SyntaxError("bad bad", location)
    except SyntaxError:
        captured = io.StringIO()
        saved = sys.stderr
        sys.stderr = captured
        try:
            sys.__excepthook__(*sys.exc_info())
        finally:
            sys.stderr = saved
        print(captured.getvalue().split("\n", 3)[3])

try:
    compile("x = 1 +\n", "compiled.py", "exec")
except SyntaxError:
    captured = io.StringIO()
    sys.stderr, saved = captured, sys.stderr
    try:
        sys.excepthook(*sys.exc_info())
    finally:
        sys.stderr = saved
    print(captured.getvalue().split("\n", 3)[3])

try:
    raise ValueError("plain")
except ValueError:
    captured = io.StringIO()
    sys.stderr, saved = captured, sys.stderr
    try:
        sys.__excepthook__(*sys.exc_info())
    finally:
        sys.stderr = saved
    print(captured.getvalue().splitlines()[-1])

sys.stderr, saved = None, sys.stderr
try:
    sys.__excepthook__(ValueError, ValueError("quiet"), None)
finally:
    sys.stderr = saved
print("done")
raise IndentationError("unexpected indent", ("mod.py", 4, 5, "    x = 1\n", 4, 6))
