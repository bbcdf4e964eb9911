# os.walk top-down (with pruning) and bottom-up, symlinked directories, onerror;
# makedirs, removedirs and renames.
import os
import shutil

base = "/tmp/tern_corpus_stdlib_os_walk"
shutil.rmtree(base, ignore_errors=True)
os.makedirs(base + "/a/b/c")
os.makedirs(base + "/a/skip/deeper")
os.makedirs(base + "/z")
for name in ["top.txt", "a/one.txt", "a/b/two.txt", "a/b/c/three.txt", "a/skip/hidden.txt", "z/last.txt"]:
    with open(os.path.join(base, name), "w") as f:
        f.write(name)
os.symlink(base + "/z", base + "/a/zlink")


def show(walker):
    for root, dirs, files in walker:
        print(os.path.relpath(root, base), sorted(dirs), sorted(files))


for root, dirs, files in os.walk(base):
    dirs.sort()
    if "skip" in dirs:
        dirs.remove("skip")
    print(os.path.relpath(root, base), dirs, sorted(files))
print("bottom-up")
rows = list(os.walk(base, topdown=False))
print([os.path.relpath(root, base) for root, dirs, files in rows][-1])
show(sorted(rows))
print("followlinks")
show(sorted(os.walk(base + "/a", followlinks=True)))
errors = []
print(list(os.walk(base + "/missing", onerror=errors.append)))
print([(type(e).__name__, e.errno, os.path.relpath(e.filename, base)) for e in errors])
print(list(os.walk(base + "/top.txt")))

os.makedirs(base + "/m/n/o", exist_ok=True)
os.makedirs(base + "/m/n/o", exist_ok=True)
try:
    os.makedirs(base + "/m/n/o")
except FileExistsError as error:
    print("FileExistsError", error.errno, os.path.relpath(error.filename, base))
try:
    os.makedirs(base + "/top.txt/x")
except NotADirectoryError as error:
    print("NotADirectoryError", error.errno)
try:
    os.makedirs(base + "/top.txt", exist_ok=True)
except FileExistsError as error:
    print("FileExistsError with exist_ok", error.errno)
os.renames(base + "/top.txt", base + "/r/s/top.txt")
print(os.path.exists(base + "/r/s/top.txt"))
os.renames(base + "/r/s/top.txt", base + "/back.txt")
print(os.path.exists(base + "/r"), os.path.exists(base + "/back.txt"))
os.removedirs(base + "/m/n/o")
print(os.path.exists(base + "/m"), os.path.exists(base))
shutil.rmtree(base)
