"""posix for Tern, until a native posix module takes its place: the functions of
Tern's os (Sources/TernVM/Modules/OSModule.swift) under their posix names, and
stat() over os._stat, which knows a file's mode, size and modification time only.
CPython's importlib (its _bootstrap_external imports posix) and linecache need no more."""

from os import (environ, fspath, getcwd, getpid, listdir, mkdir, open, close, read, write,
                remove, unlink, rmdir, rename, urandom, _stat)


class stat_result:
    """The part of os.stat_result Tern fills: st_mode, st_size, st_mtime (and its
    integer and nanosecond forms); the other fields are 0."""
    __slots__ = ("st_mode", "st_size", "st_mtime")
    n_sequence_fields = 10

    def __init__(self, fields):
        self.st_mode, self.st_size, self.st_mtime = fields

    @property
    def st_mtime_ns(self):
        return round(self.st_mtime * 1e9)

    def __getitem__(self, index):
        return (self.st_mode, 0, 0, 0, 0, 0, self.st_size, 0, int(self.st_mtime), 0)[index]

    def __len__(self):
        return 10

    def __repr__(self):
        return "os.stat_result(st_mode=%d, st_size=%d, st_mtime=%d)" % (self.st_mode, self.st_size, int(self.st_mtime))


stat_result.__module__ = "os"


def stat(path, *, dir_fd=None, follow_symlinks=True):
    return stat_result(_stat(fspath(path)))


def replace(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    rename(src, dst)


F_OK, X_OK, W_OK, R_OK = 0, 1, 2, 4

# Tern's functions take no dir_fd, no file descriptor in place of a path, and do not
# stop at symbolic links.
supports_dir_fd = set()
supports_fd = set()
supports_follow_symlinks = set()
supports_effective_ids = set()


class terminal_size(tuple):
    """os.terminal_size: (columns, lines)."""
    n_fields = n_sequence_fields = 2
    n_unnamed_fields = 0

    def __new__(cls, sequence):
        values = tuple(sequence)
        if len(values) != 2:
            raise TypeError("os.terminal_size() takes a 2-sequence (%d-sequence given)" % len(values))
        return tuple.__new__(cls, values)

    columns = property(lambda self: self[0])
    lines = property(lambda self: self[1])

    def __repr__(self):
        return "os.terminal_size(columns=%d, lines=%d)" % self


terminal_size.__module__ = "os"


def get_terminal_size(fd=1, /):
    # Asking the terminal takes an ioctl Tern's os does not make yet: callers
    # (shutil.get_terminal_size) then use COLUMNS and LINES or their fallback.
    raise OSError(25, "Inappropriate ioctl for device")


def fsencode(filename):
    """os.fsencode: a path as bytes, in the file system encoding (UTF-8, surrogateescape)."""
    filename = fspath(filename)
    return filename.encode("utf-8", "surrogateescape") if isinstance(filename, str) else filename


def fsdecode(filename):
    """os.fsdecode: a path as str."""
    filename = fspath(filename)
    return filename.decode("utf-8", "surrogateescape") if isinstance(filename, bytes) else filename
