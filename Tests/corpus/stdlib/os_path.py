# os and os.path: paths, environment, files through descriptors.
import os
import os.path

print(os.path.join("a", "b", "c.txt"), os.path.join("/x", "/y", "z"), os.path.join("dir/", "f"))
print(os.path.split("/usr/lib/python.py"), os.path.splitext("archive.tar.gz"), os.path.splitext(".bashrc"))
print(os.path.basename("/a/b/c"), os.path.dirname("/a/b/c"), os.path.normpath("/a/./b/../c//d"))
print(os.path.isabs("/x"), os.path.isabs("x"), os.sep, os.name)
print(isinstance(os.environ, dict) or hasattr(os.environ, "get"), os.environ.get("TERN_NO_SUCH_VARIABLE", "unset"))
path = "/tmp/tern_corpus_stdlib_os_path.txt"
fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(os.write(fd, b"hello\n"))
os.close(fd)
print(os.path.exists(path), os.path.isfile(path), os.path.isdir("/tmp"), os.path.getsize(path))
with open(path) as handle:
    print(repr(handle.read()))
os.remove(path)
print(os.path.exists(path))
try:
    os.remove(path)
except FileNotFoundError as error:
    print("FileNotFoundError", error.errno, error.filename)
