# print() writes each argument, each separator and the end with its own call of the file's
# write (CPython's order: write is looked up, then str() of the argument, then the call),
# calls the file's flush when flush=True, and keeps what it wrote before an argument whose
# str() raises.
import io
import sys

class Recorder:
    def __init__(self):
        self.calls = []
    def write(self, text):
        self.calls.append(text)
        return len(text)
    def flush(self):
        self.calls.append("<flush>")

recorder = Recorder()
print(1, "a", 2.5, file=recorder)
print(file=recorder)
print("x", "y", sep="", end="", file=recorder)
print("p", "q", sep=None, end=None, file=recorder, flush=True)
print(*range(3), sep="--", end="!\n", file=recorder, flush=False)
print(recorder.calls)

class Loud:
    def __str__(self):
        recorder.calls.append("<str>")
        return "loud"
class Broken:
    def __str__(self):
        raise RuntimeError("no str")
recorder.calls.clear()
print("before", Loud(), file=recorder)
print(recorder.calls)
recorder.calls.clear()
try:
    print("kept", Broken(), "lost", file=recorder)
except RuntimeError as error:
    print("RuntimeError", error, recorder.calls)

class OnlyWrite:
    def __init__(self):
        self.parts = []
    def write(self, text):
        self.parts.append(text)
only = OnlyWrite()
print("no flush needed", file=only)
try:
    print("flush wanted", file=only, flush=True)
except AttributeError as error:
    print("AttributeError", error)
print(only.parts)

class NoWrite:
    pass
try:
    print("x", file=NoWrite())
except AttributeError as error:
    print("AttributeError", error)

buffer = io.StringIO()
print("to", "a", "buffer", sep="_", file=buffer, flush=True)
print(repr(buffer.getvalue()))

try:
    print("x", Broken())
except RuntimeError as error:
    print()
    print("RuntimeError after a partial line:", error)
sys.stdout.flush()

saved = sys.stdout
sys.stdout = None
print("nowhere")
sys.stdout = recorder
recorder.calls.clear()
print("to the recorder")
sys.stdout = saved
print(recorder.calls)
for bad in [dict(sep=1), dict(end=b"\n"), dict(file=1)]:
    try:
        print("x", **bad)
    except (TypeError, AttributeError) as error:
        print(type(error).__name__, error)

for target in [sys.stderr, 1]:
    try:
        print >> target
    except TypeError as error:
        print(error)
try:
    len >> 1
except TypeError as error:
    print(error)
