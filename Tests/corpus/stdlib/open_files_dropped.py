# Files read and dropped without close(): their descriptors are closed when they die (CPython
# at once, Tern at the next collection), closed files let go of what they read, and reading
# after close() is still an error.
import gc
import os
import tempfile

def descriptors():
    return len(os.listdir("/proc/self/fd"))

directory = tempfile.mkdtemp()
path = os.path.join(directory, "data.txt")
with open(path, "w") as out:
    out.write("line one\nline two é\n" * 200)

before = descriptors()
total = 0
for _ in range(300):
    total += len(open(path).read())
    total += len(open(path, "rb").read())
gc.collect()
print(total, descriptors() - before)

files = [open(path) for _ in range(50)]
print(descriptors() - before)
del files
gc.collect()
print(descriptors() - before)

with open(path, encoding="utf-8") as handle:
    first = handle.readline()
print(repr(first), handle.closed)
try:
    handle.read()
except ValueError as error:
    print("ValueError", error)

kept = open(path, "rb")
print(kept.read(8), kept.closed)
kept.close()
print(kept.closed)
os.remove(path)
os.rmdir(directory)
