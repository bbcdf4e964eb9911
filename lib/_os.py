"""The part of os written in Python: scandir and its entries, walk, makedirs, removedirs,
renames, fdopen, get_exec_path, popen, the supports_* sets and _get_exports_list. Tern's os binds these names the
first time a program asks for one of them (OSModule.swift, osNamesInPython)."""

import os
from _pathlike import PathLike

_S_IFMT = 0o170000
_S_IFDIR = 0o040000
_S_IFREG = 0o100000
_S_IFLNK = 0o120000
_DT_UNKNOWN = 0
_DT_DIR = 4
_DT_REG = 8
_DT_LNK = 10


class DirEntry:
    """A directory entry from scandir: its name and path, and its type and stat cached."""

    __module__ = "posix"
    __slots__ = ("name", "path", "_dir_fd", "_type", "_inode", "_stat", "_lstat")

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'posix.DirEntry' instances")

    def inode(self):
        return self._inode

    def is_symlink(self):
        if self._type != _DT_UNKNOWN:
            return self._type == _DT_LNK
        return self._has_mode(_S_IFLNK, False)

    def is_dir(self, *, follow_symlinks=True):
        return self._is(_DT_DIR, _S_IFDIR, follow_symlinks)

    def is_file(self, *, follow_symlinks=True):
        return self._is(_DT_REG, _S_IFREG, follow_symlinks)

    def _is(self, kind, mode, follow_symlinks):
        if self._type != _DT_UNKNOWN and not (follow_symlinks and self._type == _DT_LNK):
            return self._type == kind
        return self._has_mode(mode, follow_symlinks)

    def _has_mode(self, mode, follow_symlinks):
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode & _S_IFMT == mode
        except FileNotFoundError:
            return False

    def stat(self, *, follow_symlinks=True):
        if not follow_symlinks:
            if self._lstat is None:
                self._lstat = self._call_stat(False)
            return self._lstat
        if self._stat is None:
            self._stat = self._call_stat(True) if self.is_symlink() else self.stat(follow_symlinks=False)
        return self._stat

    def _call_stat(self, follow_symlinks):
        if self._dir_fd is None:
            return os.stat(self.path, follow_symlinks=follow_symlinks)
        return os.stat(self.name, dir_fd=self._dir_fd, follow_symlinks=follow_symlinks)

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return "<DirEntry %r>" % (self.name,)


class ScandirIterator:
    """What scandir returns: an iterator of DirEntry, and a context manager closing it."""

    __module__ = "posix"
    __slots__ = ("_entries", "_prefix", "_dir_fd")

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'posix.ScandirIterator' instances")

    def __iter__(self):
        return self

    def __next__(self):
        if self._entries is None:
            raise StopIteration
        for name, kind, inode in self._entries:
            entry = object.__new__(DirEntry)
            entry.name = name
            entry.path = name if self._prefix is None else self._prefix + name
            entry._dir_fd = self._dir_fd
            entry._type = kind
            entry._inode = inode
            entry._stat = None
            entry._lstat = None
            return entry
        self._entries = None
        raise StopIteration

    def close(self):
        self._entries = None

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self._entries = None


def scandir(path=None):
    """An iterator of DirEntry objects for the entries of the directory `path`."""
    if path is None:
        path = "."
    iterator = object.__new__(ScandirIterator)
    iterator._entries = iter(os._scandir(path))
    if isinstance(path, int):
        iterator._prefix = None
        iterator._dir_fd = path
    else:
        path = os.fspath(path)
        separator = b"/" if isinstance(path, bytes) else "/"
        iterator._prefix = path if path.endswith(separator) else path + separator
        iterator._dir_fd = None
    return iterator


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Yields (dirpath, dirnames, filenames) for the tree under `top`; top-down, the
    caller may prune dirnames in place before the walk goes into them."""
    return _walk(os.fspath(top), topdown, onerror, followlinks)


def _walk(top, topdown, onerror, followlinks):
    dirs = []
    files = []
    bottom_up_dirs = []
    try:
        entries = scandir(top)
    except OSError as error:
        if onerror is not None:
            onerror(error)
        return
    with entries:
        for entry in entries:
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            (dirs if is_dir else files).append(entry.name)
            if is_dir and not topdown:
                try:
                    into = followlinks or not entry.is_symlink()
                except OSError:
                    into = True
                if into:
                    bottom_up_dirs.append(entry.path)
    if topdown:
        yield top, dirs, files
        for name in dirs:
            child = os.path.join(top, name)
            if followlinks or not os.path.islink(child):
                yield from _walk(child, topdown, onerror, followlinks)
    else:
        for child in bottom_up_dirs:
            yield from _walk(child, topdown, onerror, followlinks)
        yield top, dirs, files


def makedirs(name, mode=0o777, exist_ok=False):
    """mkdir with its missing parents; an existing directory is an error unless exist_ok."""
    head, tail = os.path.split(name)
    if not tail:
        head, tail = os.path.split(head)
    if head and tail and not os.path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == (b"." if isinstance(tail, bytes) else "."):
            return
    try:
        os.mkdir(name, mode)
    except OSError:
        if not exist_ok or not os.path.isdir(name):
            raise


def removedirs(name):
    """rmdir `name`, then each parent that becomes empty, up to the first that is not."""
    os.rmdir(name)
    head, tail = os.path.split(name)
    if not tail:
        head, tail = os.path.split(head)
    while head and tail:
        try:
            os.rmdir(head)
        except OSError:
            break
        head, tail = os.path.split(head)


def renames(old, new):
    """rename, creating the new path's missing directories and pruning the old one's empty ones."""
    head, tail = os.path.split(new)
    if head and tail and not os.path.exists(head):
        makedirs(head)
    os.rename(old, new)
    head, tail = os.path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd))
    import io
    return io.open(fd, mode, buffering, encoding, *args, **kwargs)


def get_exec_path(env=None):
    """The directories PATH names (in `env`, else os.environ), or os.defpath's."""
    if env is None:
        env = os.environ
    path = env.get("PATH")
    if path is None:
        path = os.defpath
    return path.split(os.pathsep)


supports_dir_fd = {os.access, os.chmod, os.chown, os.link, os.mkdir, os.open, os.readlink, os.rename,
                   os.rmdir, os.stat, os.symlink, os.unlink, os.utime}
supports_fd = {os.chdir, os.chmod, os.chown, os.listdir, scandir, os.stat, os.statvfs, os.truncate, os.utime}
supports_follow_symlinks = {os.access, os.chown, os.link, os.stat, os.utime}
supports_effective_ids = {os.access}


def popen(cmd, mode="r", buffering=-1):
    """Runs `cmd` through the shell with a pipe to its stdout (mode 'r') or stdin ('w');
    closing the returned file waits for the command: None on success, else its wait status."""
    if not isinstance(cmd, str):
        raise TypeError("invalid cmd type (%s, expected string)" % type(cmd))
    if mode not in ("r", "w"):
        raise ValueError("invalid mode %r" % mode)
    if buffering == 0 or buffering is None:
        raise ValueError("popen() does not support unbuffered streams")
    import subprocess
    if mode == "r":
        process = subprocess.Popen(cmd, shell=True, text=True, stdout=subprocess.PIPE, bufsize=buffering)
        return _wrap_close(process.stdout, process)
    process = subprocess.Popen(cmd, shell=True, text=True, stdin=subprocess.PIPE, bufsize=buffering)
    return _wrap_close(process.stdin, process)


class _wrap_close:
    """popen's file: the pipe's text stream, whose close() also reaps the command."""

    def __init__(self, stream, proc):
        self._stream = stream
        self._proc = proc

    def close(self):
        self._stream.close()
        code = self._proc.wait()
        # os.system's convention: the exit code sits in the high byte of a wait status.
        return None if code == 0 else code << 8

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()

    def __getattr__(self, name):
        return getattr(self._stream, name)

    def __iter__(self):
        return iter(self._stream)


def _get_exports_list(module):
    """A module's public names: its __all__, else every name without a leading underscore."""
    try:
        return list(module.__all__)
    except AttributeError:
        return [name for name in dir(module) if name[0] != "_"]
