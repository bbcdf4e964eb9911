# Files opened, read and dropped without close(): each holds its contents from the open, so
# memory stays flat only if dead files let go of them, and descriptors last (the runner sets
# a limit of 64) only if dead files are closed, or open() collects when it runs out.
import os
import sys
import tempfile

directory = tempfile.mkdtemp()
path = os.path.join(directory, "big.txt")
with open(path, "w") as out:
    out.write(("x" * 99 + "\n") * 40000)
total = 0
for _ in range(int(sys.argv[1])):
    total += len(open(path).read())
    total += len(open(path, "rb").read(10))
os.remove(path)
os.rmdir(directory)
print(total)
