# CPython's tempfile on Tern's os: mkstemp, mkdtemp, TemporaryDirectory,
# NamedTemporaryFile, TemporaryFile, SpooledTemporaryFile.
import os
import stat
import tempfile

prefix = "tern_corpus_stdlib_tempfile_"
print(tempfile.gettempdir(), type(tempfile.gettempdirb()).__name__)
fd, name = tempfile.mkstemp(prefix=prefix, suffix=".txt")
print(os.path.basename(name).startswith(prefix), name.endswith(".txt"), oct(stat.S_IMODE(os.stat(name).st_mode)))
os.write(fd, b"written through the descriptor")
os.close(fd)
with open(name) as f:
    print(f.read())
os.unlink(name)

directory = tempfile.mkdtemp(prefix=prefix)
print(os.path.isdir(directory), oct(stat.S_IMODE(os.stat(directory).st_mode)))
fd, inner = tempfile.mkstemp(dir=directory)
os.close(fd)
print(os.path.dirname(inner) == directory, len(os.listdir(directory)))
os.unlink(inner)
os.rmdir(directory)

with tempfile.TemporaryDirectory(prefix=prefix) as scratch:
    with open(os.path.join(scratch, "file"), "w") as f:
        f.write("x")
    os.mkdir(os.path.join(scratch, "nested"))
    print(sorted(os.listdir(scratch)))
print(os.path.exists(scratch))

with tempfile.NamedTemporaryFile(prefix=prefix) as named:
    named.write(b"named file contents")
    named.flush()
    named.seek(0)
    print(named.read(), os.path.exists(named.name), named.mode)
print(os.path.exists(named.name))

with tempfile.NamedTemporaryFile("w+", prefix=prefix, delete=False, encoding="utf-8") as kept:
    kept.write("kept text\nsecond line\n")
with open(kept.name) as f:
    print(f.readlines())
os.unlink(kept.name)

with tempfile.TemporaryFile() as anonymous:
    anonymous.write(b"anonymous")
    anonymous.seek(0)
    print(anonymous.read())

with tempfile.SpooledTemporaryFile(max_size=10) as spooled:
    spooled.write(b"short")
    print(spooled._rolled)
    spooled.write(b" and now longer than ten")
    print(spooled._rolled)
    spooled.seek(0)
    print(spooled.read())
