# The errors os and its users raise: types, errno, strerror, filenames, messages.
import os
import shutil

base = "/tmp/tern_corpus_stdlib_os_file_errors"
shutil.rmtree(base, ignore_errors=True)
os.mkdir(base)
with open(base + "/file", "w") as f:
    f.write("x")
missing = base + "/missing"


def attempt(label, function, *args, **kwargs):
    try:
        function(*args, **kwargs)
    except Exception as error:
        print(label, type(error).__name__, error.args, getattr(error, "errno", None),
              getattr(error, "filename", None), getattr(error, "filename2", None))
        print("   ", error)
    else:
        print(label, "no error")


attempt("stat", os.stat, missing)
attempt("lstat bytes", os.lstat, missing.encode())
attempt("stat fd", os.stat, 9999)
attempt("fstat", os.fstat, 9999)
attempt("stat type", os.stat, [])
attempt("stat none", os.stat, None)
attempt("unlink fd", os.unlink, 3)
attempt("null", os.stat, base + "/a\0b")
attempt("mkdir exists", os.mkdir, base)
attempt("mkdir parent", os.mkdir, missing + "/child")
attempt("rmdir file", os.rmdir, base + "/file")
attempt("rmdir nonempty", os.rmdir, base)
attempt("unlink dir", os.unlink, base)
attempt("listdir file", os.listdir, base + "/file")
attempt("listdir float", os.listdir, 1.5)
attempt("scandir missing", os.scandir, missing)
attempt("rename", os.rename, missing, base + "/other")
attempt("rename type", os.rename, 1, "x")
attempt("replace", os.replace, missing, base + "/other")
attempt("link", os.link, missing, base + "/other")
attempt("symlink exists", os.symlink, "target", base + "/file")
attempt("readlink regular", os.readlink, base + "/file")
attempt("open missing", os.open, missing, os.O_RDONLY)
attempt("open excl", os.open, base + "/file", os.O_WRONLY | os.O_CREAT | os.O_EXCL)
attempt("chmod", os.chmod, missing, 0o644)
attempt("access type", os.access, [], os.F_OK)
attempt("utime both", os.utime, base + "/file", (1, 2), ns=(1, 2))
attempt("utime times", os.utime, base + "/file", [1, 2])
attempt("read bad fd", os.read, 9999, 1)
attempt("lseek bad fd", os.lseek, 9999, 0, 0)
attempt("close bad fd", os.close, 9999)
attempt("chdir", os.chdir, missing)
attempt("truncate", os.truncate, missing, 0)
attempt("fspath", os.fspath, 3)
attempt("builtin open", open, missing)
attempt("builtin open type", open, [])
attempt("builtin open directory", open, base)
attempt("makedirs", os.makedirs, base)
attempt("removedirs", os.removedirs, missing)
attempt("getsize", os.path.getsize, missing)
attempt("copyfile", shutil.copyfile, missing, base + "/copy")
attempt("copyfile same", shutil.copyfile, base + "/file", base + "/file")
attempt("move", shutil.move, missing, base + "/moved")
attempt("DirEntry", os.DirEntry)
print(os.path.exists(missing), os.path.isdir(base + "/file"), os.path.exists(base + "/a\0b"), os.path.exists(9999))
shutil.rmtree(base)
os.stat(missing)
