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
