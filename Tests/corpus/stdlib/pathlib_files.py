# CPython's pathlib on real files: stat, exists, is_dir, iterdir, glob, mkdir,
# read/write, unlink, rename, resolve, touch, symlinks.
import os
import pathlib
import shutil

base = pathlib.Path("/tmp/tern_corpus_stdlib_pathlib_files")
shutil.rmtree(base, ignore_errors=True)
base.mkdir()
print(base.exists(), base.is_dir(), base.is_file(), (base / "missing").exists())
(base / "notes.txt").write_text("first line\nsecond line\n")
(base / "data.bin").write_bytes(b"\x00\x01\x02")
print((base / "notes.txt").read_text().splitlines(), (base / "data.bin").read_bytes())
print((base / "notes.txt").stat().st_size, (base / "notes.txt").is_file(), (base / "notes.txt").suffix)
(base / "pkg" / "sub").mkdir(parents=True)
(base / "pkg" / "sub").mkdir(parents=True, exist_ok=True)
for name in ["a.py", "b.py", "c.txt", "sub/d.py", "sub/e.cfg"]:
    (base / "pkg" / name).touch()
print(sorted(p.name for p in base.iterdir()))
print(sorted(str(p.relative_to(base)) for p in base.glob("pkg/*.py")))
print(sorted(str(p.relative_to(base)) for p in base.rglob("*.py")))
print(sorted(str(p.relative_to(base)) for p in base.glob("**/")))
print(sorted(str(p.relative_to(base)) for p in (base / "pkg").glob("*/*")))
try:
    (base / "pkg").mkdir()
except FileExistsError as error:
    print("FileExistsError", error.errno, error.filename == str(base / "pkg"))
try:
    (base / "x" / "y").mkdir()
except FileNotFoundError as error:
    print("FileNotFoundError", error.strerror)
(base / "notes.txt").rename(base / "renamed.txt")
print((base / "notes.txt").exists(), (base / "renamed.txt").exists())
target = (base / "renamed.txt").replace(base / "notes.txt")
print(target.name)
(base / "link").symlink_to("notes.txt")
print((base / "link").is_symlink(), (base / "link").resolve() == base / "notes.txt", os.readlink(base / "link"))
print((base / "link").readlink(), (base / "link").lstat().st_size != (base / "link").stat().st_size)
print((base / "pkg" / ".." / "notes.txt").resolve() == base / "notes.txt")
print(pathlib.Path(".").resolve() == pathlib.Path(os.getcwd()), pathlib.Path.cwd() == pathlib.Path(os.getcwd()))
print((base / "missing").resolve() == base / "missing")
try:
    (base / "missing").resolve(strict=True)
except FileNotFoundError as error:
    print("strict", error.errno)
with (base / "notes.txt").open() as f:
    print(f.readline().strip())
with (base / "appended.txt").open("a") as f:
    f.write("appended\n")
print((base / "appended.txt").read_text(), end="")
(base / "appended.txt").unlink()
(base / "appended.txt").unlink(missing_ok=True)
try:
    (base / "appended.txt").unlink()
except FileNotFoundError as error:
    print("unlink", error.errno)
(base / "pkg" / "sub" / "e.cfg").unlink()
(base / "pkg" / "sub" / "d.py").unlink()
(base / "pkg" / "sub").rmdir()
print(sorted(p.name for p in (base / "pkg").iterdir()))
print((base / "notes.txt").samefile(base / "link"), (base / "notes.txt").stat().st_mode == (base / "link").stat().st_mode)
(base / "notes.txt").chmod(0o600)
print(oct((base / "notes.txt").stat().st_mode & 0o777))
print(base.is_mount(), pathlib.Path("/").is_mount())
shutil.rmtree(base)
print(base.exists())
