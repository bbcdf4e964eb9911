"""The functions of os.path (lib/posixpath.py) that programs use less often, kept out of
posixpath so that `import os` compiles less: posixpath binds them on first use."""

import os
from posixpath import join, pardir, sep, curdir, abspath, _S_IFMT, _S_IFLNK, _mode


def lexists(path):
    return _mode(path, False) is not None


def islink(path):
    mode = _mode(path, False)
    return mode is not None and mode & _S_IFMT == _S_IFLNK


def getsize(filename):
    return os.stat(filename).st_size


def getmtime(filename):
    return os.stat(filename).st_mtime


def expanduser(path):
    path = os.fspath(path)
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


def ismount(path):
    """Whether `path` is a mount point: its parent is on another device, or is itself."""
    try:
        own = os.lstat(path)
    except (OSError, ValueError):
        return False
    if own.st_mode & _S_IFMT == _S_IFLNK:
        return False
    path = os.fspath(path)
    parent = join(path, b".." if isinstance(path, bytes) else pardir)
    try:
        above = os.lstat(realpath(parent))
    except (OSError, ValueError):
        return False
    return own.st_dev != above.st_dev or own.st_ino == above.st_ino


def getatime(filename):
    return os.stat(filename).st_atime


def getctime(filename):
    return os.stat(filename).st_ctime


def samestat(s1, s2):
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    return samestat(os.stat(f1), os.stat(f2))


def sameopenfile(fp1, fp2):
    return samestat(os.fstat(fp1), os.fstat(fp2))


def realpath(filename, *, strict=False):
    """The canonical path of `filename`: absolute, with every symbolic link resolved and
    no "." or ".." left. Without strict, a missing part or a link loop ends the resolution."""
    filename = os.fspath(filename)
    if isinstance(filename, bytes):
        separator, here, up, cwd = b"/", b".", b"..", os.getcwdb
    else:
        separator, here, up, cwd = sep, curdir, pardir, os.getcwd
    base = separator if filename.startswith(separator) else cwd()
    return _resolve(base, filename, strict, {}, separator, here, up)[0]


def _resolve(base, rest, strict, links, separator, here, up):
    """(base joined with rest, links resolved, whether it ended without a loop)."""
    parts = rest.split(separator)
    for index, name in enumerate(parts):
        if not name or name == here:
            continue
        if name == up:
            cut = base.rfind(separator)
            base = base[:cut] if cut > 0 else separator
            continue
        candidate = base + name if base.endswith(separator) else base + separator + name
        try:
            is_link = os.lstat(candidate).st_mode & _S_IFMT == _S_IFLNK
        except OSError:
            if strict:
                raise
            is_link = False
        if not is_link:
            base = candidate
            continue
        if candidate in links:
            if links[candidate] is not None:
                base = links[candidate]
                continue
            if strict:
                os.stat(candidate)
            return separator.join([candidate] + parts[index + 1:]), False
        links[candidate] = None
        target = os.readlink(candidate)
        base, ended = _resolve(base, target, strict, links, separator, here, up) if not target.startswith(separator) \
            else _resolve(separator, target, strict, links, separator, here, up)
        if not ended:
            return separator.join([base] + parts[index + 1:]), False
        links[candidate] = base
    return base, True


_NAME_CHARACTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"


def expandvars(path):
    """`path` with each $name and ${name} of os.environ replaced by its value; unknown
    names and malformed references are left as they are."""
    path = os.fspath(path)
    if isinstance(path, bytes):
        if b"$" not in path:
            return path
        return os.fsencode(expandvars(os.fsdecode(path)))
    if "$" not in path:
        return path
    out = []
    index = 0
    while index < len(path):
        dollar = path.find("$", index)
        if dollar < 0:
            break
        out.append(path[index:dollar])
        if path.startswith("{", dollar + 1):
            end = path.find("}", dollar + 2)
            name = path[dollar + 2:end] if end >= 0 else ""
            after = end + 1
        else:
            after = dollar + 1
            while after < len(path) and path[after] in _NAME_CHARACTERS:
                after += 1
            name = path[dollar + 1:after]
        if name and name in os.environ:
            out.append(os.environ[name])
            index = after
        else:
            out.append("$")
            index = dollar + 1
    out.append(path[index:])
    return "".join(out)
