# open(..., opener=f) opens through f(path, flags), which returns the descriptor
# (tempfile.NamedTemporaryFile opens its file this way; sphinx writes its traceback so).
import os
import tempfile

with tempfile.NamedTemporaryFile("w", suffix=".txt") as file:
    file.write("hello")
    file.flush()
    with open(file.name) as again:
        print(os.path.basename(file.name).endswith(".txt"), again.read())
    name = file.name
print(os.path.exists(name))

folder = tempfile.mkdtemp()
path = os.path.join(folder, "data.txt")
seen = []


def opener(target, flags):
    seen.append((target == path, bool(flags & os.O_CREAT)))
    return os.open(target, flags, 0o600)


with open(path, "w", opener=opener) as file:
    file.write("abc")
with open(path, opener=opener) as file:
    print(file.read())
with open(path, "r", -1, None, None, None, True, opener) as file:
    print(file.readline())
print(seen)
os.remove(path)
os.rmdir(folder)
