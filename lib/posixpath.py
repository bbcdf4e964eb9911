"""Path operations for POSIX systems (os.path), on top of os._stat."""

import os

sep = "/"
curdir = "."
pardir = ".."
extsep = "."
pathsep = ":"
_S_IFMT = 0o170000
_S_IFDIR = 0o040000
_S_IFREG = 0o100000


def join(a, *p):
    path = a
    for b in p:
        if b.startswith("/"):
            path = b
        elif not path or path.endswith("/"):
            path += b
        else:
            path += "/" + b
    return path


def split(p):
    i = p.rfind("/") + 1
    head, tail = p[:i], p[i:]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head, tail


def splitext(p):
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
    return p[p.rfind("/") + 1:]


def dirname(p):
    head = p[:p.rfind("/") + 1]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head


def isabs(s):
    return s.startswith("/")


def normpath(path):
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
    if not isabs(path):
        path = join(os.getcwd(), path)
    return normpath(path)


def realpath(path, *, strict=False):
    """The absolute, normalised path. Tern's os cannot read symbolic links yet
    (no readlink or lstat), so links in the path are not resolved: the result
    equals CPython's only for paths without symbolic links."""
    path = abspath(os.fspath(path))
    if strict:
        os._stat(path)
    return path


def exists(path):
    try:
        os._stat(path)
    except OSError:
        return False
    return True


def isdir(path):
    try:
        return os._stat(path)[0] & _S_IFMT == _S_IFDIR
    except OSError:
        return False


def isfile(path):
    try:
        return os._stat(path)[0] & _S_IFMT == _S_IFREG
    except OSError:
        return False


def getsize(path):
    return os._stat(path)[1]


def getmtime(path):
    return os._stat(path)[2]


def expanduser(path):
    if not path.startswith("~"):
        return path
    home = os.environ.get("HOME", "/")
    return home + path[1:] if path == "~" or path.startswith("~/") else path



def commonprefix(m):
    """The longest leading part shared by every item of m (compared item by item, so it
    may end inside a path component)."""
    if not m:
        return ""
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(os.fspath, m))
    low, high = min(m), max(m)
    for index, item in enumerate(low):
        if item != high[index]:
            return low[:index]
    return low

altsep = None
defpath = "/bin:/usr/bin"
devnull = "/dev/null"
supports_unicode_filenames = False


def normcase(s):
    """POSIX paths are case-sensitive: returned unchanged."""
    if not isinstance(s, (str, bytes)):
        raise TypeError("normcase() argument must be str or bytes, not %r" % type(s).__name__)
    return s


def splitdrive(p):
    return p[:0], p


def relpath(path, start=None):
    if not path:
        raise ValueError("no path specified")
    start = curdir if start is None else start
    start_parts = [part for part in abspath(start).split(sep) if part]
    path_parts = [part for part in abspath(path).split(sep) if part]
    common = len(commonprefix([start_parts, path_parts]))
    parts = [pardir] * (len(start_parts) - common) + path_parts[common:]
    return join(*parts) if parts else curdir


def commonpath(paths):
    paths = tuple(paths)
    if not paths:
        raise ValueError("commonpath() arg is an empty sequence")
    absolute = {p.startswith(sep) for p in paths}
    if len(absolute) > 1:
        raise ValueError("Can't mix absolute and relative paths")
    split_paths = [[part for part in p.split(sep) if part and part != curdir] for p in paths]
    common = commonprefix(split_paths)
    return (sep if paths[0].startswith(sep) else "") + sep.join(common)
