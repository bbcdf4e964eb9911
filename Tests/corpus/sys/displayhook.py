# sys.displayhook prints repr(value) to sys.stdout (not for None) and keeps the value
# in builtins._; code compiled in "single" mode (the prompt, doctest) calls it.
import builtins
import io
import sys

print(sys.displayhook is sys.__displayhook__)
sys.displayhook(42)
print(builtins._)
sys.displayhook(None)
print(builtins._)
sys.displayhook("text")

captured = io.StringIO()
saved = sys.stdout
sys.stdout = captured
try:
    for source in ["1 + 2", "None", "'a' * 3", "[1, 2]"]:
        exec(compile(source, "<single>", "single"))
finally:
    sys.stdout = saved
print(repr(captured.getvalue()))

seen = []
sys.displayhook = seen.append
exec(compile("7 * 6", "<single>", "single"))
exec(compile("None", "<single>", "single"))
sys.displayhook = sys.__displayhook__
print(seen)

del sys.displayhook
try:
    exec(compile("5", "<single>", "single"))
except RuntimeError as error:
    print("RuntimeError:", error)
sys.displayhook = sys.__displayhook__
try:
    sys.displayhook()
except TypeError:
    print("TypeError")
