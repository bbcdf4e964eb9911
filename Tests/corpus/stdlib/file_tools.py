# CPython's glob, fnmatch, filecmp and fileinput on real files.
import filecmp
import fileinput
import fnmatch
import glob
import os
import shutil

base = "/tmp/tern_corpus_stdlib_file_tools"
shutil.rmtree(base, ignore_errors=True)
os.makedirs(base + "/left/sub")
os.makedirs(base + "/right/sub")
files = {"left/a.txt": "same\n", "right/a.txt": "same\n", "left/b.txt": "left\n", "right/b.txt": "right\n",
         "left/only_left.py": "x\n", "right/only_right.py": "y\n", "left/sub/s.txt": "s\n", "right/sub/s.txt": "s\n",
         ".hidden.txt": "h\n", "lines1.txt": "one\ntwo\n", "lines2.txt": "three\n"}
for name, text in files.items():
    with open(os.path.join(base, name), "w") as f:
        f.write(text)

print(sorted(os.path.relpath(p, base) for p in glob.glob(base + "/*.txt")))
print(sorted(os.path.relpath(p, base) for p in glob.glob(base + "/**/*.txt", recursive=True)))
print(sorted(glob.glob("*/a.txt", root_dir=base)))
print(sorted(glob.glob("l*/*.py", root_dir=base)), glob.glob(base + "/nothing*"))
print(sorted(os.path.relpath(p, base) for p in glob.iglob(base + "/*/sub")))
print(glob.escape("a[b]*?.txt"), glob.has_magic("a*"), glob.has_magic("plain"))
print(fnmatch.fnmatch("notes.TXT", "*.txt"), fnmatch.fnmatchcase("notes.TXT", "*.txt"))
print(fnmatch.filter(sorted(files), "left/*.txt"), fnmatch.translate("*.py"))

print(filecmp.cmp(base + "/left/a.txt", base + "/right/a.txt"), filecmp.cmp(base + "/left/b.txt", base + "/right/b.txt"))
print(filecmp.cmp(base + "/left/a.txt", base + "/right/a.txt", shallow=False))
comparison = filecmp.dircmp(base + "/left", base + "/right")
print(comparison.left_only, comparison.right_only, comparison.common_dirs)
print(comparison.same_files, comparison.diff_files, sorted(comparison.subdirs))
print(filecmp.cmpfiles(base + "/left", base + "/right", ["a.txt", "b.txt", "none.txt"]))

with fileinput.input([base + "/lines1.txt", base + "/lines2.txt"]) as lines:
    for line in lines:
        print(os.path.basename(lines.filename()), lines.lineno(), lines.filelineno(), lines.isfirstline(), line.rstrip())
with fileinput.input(base + "/lines1.txt", inplace=True) as lines:
    for line in lines:
        print(line.upper(), end="")
with open(base + "/lines1.txt") as f:
    print(f.read().split())
print(sorted(os.listdir(base)))
shutil.rmtree(base)
