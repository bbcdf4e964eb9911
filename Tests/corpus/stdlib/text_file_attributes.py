# Text files' encoding and errors, and the binary stream under them (`buffer`): bytes
# written there reach the same file, in order once the text side is flushed.
import os
import sys
import tempfile

# (stdout's errors depend on the locale: not printed.)
print(sys.stdout.encoding, sys.stderr.encoding, sys.stderr.errors, sys.stdin.encoding)
print("text first")
sys.stdout.flush()
written = sys.stdout.buffer.write("bytes after: caf\u00e9\n".encode())
sys.stdout.buffer.flush()
print(written, sys.stdout.buffer is sys.stdout.buffer, sys.stdout.buffer.fileno(), sys.stdout.buffer.name)
print(sys.stdin.buffer.fileno(), sys.stderr.buffer.fileno(), sys.stdout.buffer.writable(), sys.stdin.buffer.readable())

path = os.path.join(tempfile.mkdtemp(), "notes.txt")
with open(path, "w") as handle:
    print(handle.encoding, handle.errors)
    handle.write("one\n")
    handle.flush()
    handle.buffer.write(b"two\n")
    handle.write("three\n")
with open(path) as handle:
    print(handle.encoding, repr(handle.read()))
with open(path, "rb") as handle:
    print(hasattr(handle, "encoding"), hasattr(handle, "errors"), handle.read())
os.remove(path)
