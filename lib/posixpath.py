"""Path operations for POSIX systems (os.path), on top of os.stat."""

import os

sep = "/"
curdir = "."
pardir = ".."
extsep = "."
pathsep = ":"
_S_IFMT = 0o170000
_S_IFDIR = 0o040000
_S_IFREG = 0o100000
_S_IFLNK = 0o120000


def join(a, *p):
    path = os.fspath(a)
    slash = b"/" if isinstance(path, bytes) else "/"
    for b in p:
        b = os.fspath(b)
        if isinstance(b, bytes) is not isinstance(path, bytes):
            raise TypeError("Can't mix strings and bytes in path components")
        if b.startswith(slash):
            path = b
        elif not path or path.endswith(slash):
            path += b
        else:
            path += slash + b
    return path


def split(p):
    p = os.fspath(p)
    slash = b"/" if isinstance(p, bytes) else "/"
    i = p.rfind(slash) + 1
    head, tail = p[:i], p[i:]
    if head and head != slash * len(head):
        head = head.rstrip(slash)
    return head, tail


def splitext(p):
    p = os.fspath(p)
    dot = p.rfind(".")
    slash = p.rfind("/")
    if dot > slash:
        filename_start = slash + 1
        while filename_start < dot and p[filename_start] == ".":
            filename_start += 1
        if filename_start < dot:
            return p[:dot], p[dot:]
    return p, ""


def basename(p):
    return split(p)[1]


def dirname(p):
    return split(p)[0]


def isabs(s):
    s = os.fspath(s)
    return s.startswith(b"/" if isinstance(s, bytes) else "/")


def normpath(path):
    path = os.fspath(path)
    if not path:
        return "."
    initial_slashes = 2 if path.startswith("//") and not path.startswith("///") else (1 if path.startswith("/") else 0)
    parts = []
    for part in path.split("/"):
        if part in ("", "."):
            continue
        if part != ".." or (not initial_slashes and not parts) or (parts and parts[-1] == ".."):
            parts.append(part)
        elif parts:
            parts.pop()
    path = "/".join(parts)
    if initial_slashes:
        path = "/" * initial_slashes + path
    return path or "."


def abspath(path):
    path = os.fspath(path)
    if not isabs(path):
        path = join(os.getcwd(), path)
    return normpath(path)


def _mode(path, follow_symlinks=True):
    """The st_mode of `path`, or None when it cannot be stat'ed."""
    try:
        return os.stat(path, follow_symlinks=follow_symlinks).st_mode
    except (OSError, ValueError):
        return None


def exists(path):
    return _mode(path) is not None


def isdir(s):
    mode = _mode(s)
    return mode is not None and mode & _S_IFMT == _S_IFDIR


def isfile(path):
    mode = _mode(path)
    return mode is not None and mode & _S_IFMT == _S_IFREG


altsep = None
defpath = "/bin:/usr/bin"
devnull = "/dev/null"
supports_unicode_filenames = False


_MORE = ("lexists", "islink", "getsize", "getmtime", "getatime", "getctime", "expanduser", "commonprefix", "normcase",
         "splitdrive", "relpath", "commonpath", "realpath", "ismount", "samefile", "sameopenfile", "samestat",
         "expandvars")


def __getattr__(name):
    if name in _MORE:
        import _posixpath_more
        for more in _MORE:
            globals()[more] = getattr(_posixpath_more, more)
        return globals()[name]
    raise AttributeError("module 'posixpath' has no attribute %r" % (name,))
