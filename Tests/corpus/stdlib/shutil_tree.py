# CPython's shutil on real files: copies, trees, moves, removal, which, disk_usage.
import os
import shutil
import stat

base = "/tmp/tern_corpus_stdlib_shutil_tree"
shutil.rmtree(base, ignore_errors=True)
os.makedirs(base + "/src/pkg/deep")
for name, text in [("src/a.py", "print('a')\n"), ("src/b.txt", "bee\n"), ("src/pkg/c.py", "c = 1\n"),
                   ("src/pkg/deep/d.log", "log\n")]:
    with open(os.path.join(base, name), "w") as f:
        f.write(text)
os.chmod(base + "/src/a.py", 0o754)
os.utime(base + "/src/a.py", (1000000000, 1200000000))


def tree(top):
    found = []
    for root, dirs, files in os.walk(top):
        dirs.sort()
        for name in sorted(files):
            path = os.path.join(root, name)
            found.append(os.path.relpath(path, top))
    return found


print(shutil.copyfile(base + "/src/a.py", base + "/copied.py") == base + "/copied.py")
print(oct(stat.S_IMODE(os.stat(base + "/copied.py").st_mode)) != "0o754")
shutil.copy(base + "/src/a.py", base + "/copy_mode.py")
print(oct(stat.S_IMODE(os.stat(base + "/copy_mode.py").st_mode)), os.stat(base + "/copy_mode.py").st_mtime != 1200000000)
shutil.copy2(base + "/src/a.py", base + "/copy_stat.py")
print(oct(stat.S_IMODE(os.stat(base + "/copy_stat.py").st_mode)), os.stat(base + "/copy_stat.py").st_mtime)
os.mkdir(base + "/into")
print(os.path.relpath(shutil.copy(base + "/src/b.txt", base + "/into"), base))
with open(base + "/into/b.txt") as f:
    print(f.read(), end="")

shutil.copytree(base + "/src", base + "/tree")
print(tree(base + "/tree"))
shutil.copytree(base + "/src", base + "/filtered", ignore=shutil.ignore_patterns("*.log", "b.*"))
print(tree(base + "/filtered"))
shutil.copytree(base + "/src", base + "/tree", dirs_exist_ok=True)
try:
    shutil.copytree(base + "/src", base + "/tree")
except FileExistsError as error:
    print("FileExistsError", error.errno, os.path.relpath(error.filename, base))

shutil.move(base + "/tree/b.txt", base + "/moved.txt")
shutil.move(base + "/filtered", base + "/tree/filtered_moved")
print(sorted(os.listdir(base)))
print(tree(base + "/tree"))
shutil.rmtree(base + "/tree")
print(os.path.exists(base + "/tree"))
errors = []
shutil.rmtree(base + "/no_such_dir", onerror=lambda function, path, info: errors.append((function.__name__, info[0].__name__)))
print(errors)
shutil.rmtree(base + "/no_such_dir", ignore_errors=True)
try:
    shutil.rmtree(base + "/no_such_dir")
except FileNotFoundError as error:
    print("FileNotFoundError", error.strerror, os.path.relpath(error.filename, base))
print(shutil.rmtree.avoids_symlink_attacks)

print(shutil.which("sh") is not None, shutil.which("no-such-program-here"))
os.makedirs(base + "/bin")
with open(base + "/bin/tool", "w") as f:
    f.write("#!/bin/sh\n")
print(shutil.which("tool", path=base + "/bin"))
os.chmod(base + "/bin/tool", 0o755)
print(os.path.relpath(shutil.which("tool", path=base + "/bin"), base))
usage = shutil.disk_usage(base)
print(type(usage).__name__, usage.total >= usage.used, usage.free > 0)
print(type(shutil.get_terminal_size()).__name__)
shutil.rmtree(base)
print(os.path.exists(base))
