# os's file-system calls on real files: stat results, scandir entries, links,
# permissions, times, descriptors.
import os
import shutil
import stat

base = "/tmp/tern_corpus_stdlib_os_stat_scandir"
shutil.rmtree(base, ignore_errors=True)
os.makedirs(base + "/sub/deeper")
with open(base + "/data.txt", "w") as f:
    f.write("hello world\n")

st = os.stat(base + "/data.txt")
print(type(st).__name__, type(st).__module__, len(st), st.n_fields, st.n_sequence_fields, st.n_unnamed_fields)
print(st.st_size, stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode), st.st_nlink)
print(st[6], st[0] == st.st_mode, type(st.st_mtime).__name__, type(st[8]).__name__, st.st_mtime_ns // 10**9 == st[8])
print(st.st_uid == os.getuid(), st.st_gid == os.getgid(), st.st_blocks >= 0, st.st_blksize > 0)
print(isinstance(st, tuple), st[:1] == (st.st_mode,))
print(os.stat(base.encode() + b"/data.txt").st_size)

class Wrapped:
    def __fspath__(self):
        return base + "/data.txt"

print(os.stat(Wrapped()).st_size, os.path.getsize(Wrapped()))
fd = os.open(base + "/data.txt", os.O_RDONLY)
print(os.fstat(fd).st_size, os.stat(fd).st_size, os.read(fd, 5), os.lseek(fd, 6, os.SEEK_SET), os.read(fd, 100))
print(os.isatty(fd), os.get_inheritable(fd))
os.close(fd)

os.utime(base + "/data.txt", ns=(1_000_000_000_123, 2_000_000_000_456))
st = os.stat(base + "/data.txt")
print(st.st_atime_ns, st.st_mtime_ns, st.st_mtime, st[8])
os.utime(base + "/data.txt", (1500000000.5, 1600000000.25))
print(os.stat(base + "/data.txt").st_mtime, os.path.getmtime(base + "/data.txt"))

os.symlink("data.txt", base + "/link")
os.link(base + "/data.txt", base + "/hard")
print(os.readlink(base + "/link"), os.readlink(base.encode() + b"/link"))
print(stat.S_ISLNK(os.lstat(base + "/link").st_mode), stat.S_ISREG(os.stat(base + "/link").st_mode))
print(os.stat(base + "/link", follow_symlinks=False).st_mode == os.lstat(base + "/link").st_mode)
print(os.stat(base + "/data.txt").st_nlink, os.path.samefile(base + "/hard", base + "/data.txt"))
print(os.path.islink(base + "/link"), os.path.lexists(base + "/link"), os.path.realpath(base + "/link") == base + "/data.txt")

os.chmod(base + "/data.txt", 0o640)
print(oct(stat.S_IMODE(os.stat(base + "/data.txt").st_mode)), stat.filemode(os.stat(base + "/data.txt").st_mode))
print(os.access(base + "/data.txt", os.F_OK), os.access(base + "/data.txt", os.R_OK), os.access(base + "/missing", os.F_OK))
print(os.F_OK, os.R_OK, os.W_OK, os.X_OK)

with os.scandir(base) as entries:
    for entry in sorted(entries, key=lambda e: e.name):
        print(repr(entry), entry.name, entry.path == os.path.join(base, entry.name), entry.is_dir(), entry.is_file(),
              entry.is_symlink(), entry.is_file(follow_symlinks=False), entry.stat().st_size if entry.is_file() else "-",
              entry.inode() == os.lstat(entry.path).st_ino, os.fspath(entry) == entry.path)
print(sorted(os.listdir(base)), sorted(os.listdir(base.encode())))
print(sorted(e.name for e in os.scandir(base.encode())))
print(type(os.scandir(base)).__name__, os.DirEntry.__name__, os.DirEntry.__module__)

directory = os.open(base, os.O_RDONLY)
print(sorted(os.listdir(directory)), os.stat("data.txt", dir_fd=directory).st_size)
print(sorted(e.path for e in os.scandir(directory)))
os.unlink("hard", dir_fd=directory)
os.close(directory)

os.rename(base + "/data.txt", base + "/renamed.txt")
os.replace(base + "/renamed.txt", base + "/data.txt")
os.truncate(base + "/data.txt", 5)
with open(base + "/data.txt") as f:
    print(repr(f.read()))
r, w = os.pipe()
print(os.write(w, b"through the pipe"), os.read(r, 100))
copy = os.dup(r)
print(copy != r, os.get_inheritable(copy))
for descriptor in (r, w, copy):
    os.close(descriptor)

print(os.strerror(2), os.fsencode("a/b"), os.fsdecode(b"a/b"), os.fsencode(Wrapped()) == (base + "/data.txt").encode())
old = os.umask(0o22)
print(os.umask(old) == 0o22)
print(type(os.uname()).__name__, os.uname().sysname, len(os.uname()))
print(type(os.getppid()).__name__, type(os.getloadavg()).__name__, os.cpu_count() > 0)
print(os.stat in os.supports_dir_fd, os.scandir in os.supports_fd, os.stat in os.supports_follow_symlinks,
      os.open in os.supports_dir_fd, os.unlink in os.supports_dir_fd, os.rmdir in os.supports_dir_fd)
print(os.sep, os.pathsep, os.curdir, os.pardir, os.extsep, os.altsep, os.devnull, os.linesep == "\n", os.name)
print(os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.O_CREAT | os.O_EXCL, os.O_NOFOLLOW > 0, os.O_CLOEXEC > 0, os.O_DIRECTORY > 0)
import posix
print(posix.stat is os.stat, posix.listdir is os.listdir)
print(os.statvfs(base).f_bsize > 0, type(os.statvfs(base)).__name__)
os.rmdir(base + "/sub/deeper")
os.removedirs(base + "/sub")
print(os.path.exists(base + "/sub"), os.path.exists(base))
shutil.rmtree(base)
print(os.path.exists(base))
