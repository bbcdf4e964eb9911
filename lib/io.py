"""io for Tern: CPython's pure-Python implementation (_pyio, from its standard library)
serves the classes, with three exceptions kept native for speed: open() is Tern's builtin
file, BytesIO is native (_iobuffers) and StringIO is the text buffer below. _pyio is loaded the first time a program
asks for anything else, and then both are registered with the io ABCs, so that
isinstance(f, io.TextIOBase) holds for them as in CPython."""

__all__ = ["BlockingIOError", "open", "open_code", "IOBase", "RawIOBase",
           "FileIO", "BytesIO", "StringIO", "BufferedIOBase",
           "BufferedReader", "BufferedWriter", "BufferedRWPair",
           "BufferedRandom", "TextIOBase", "TextIOWrapper",
           "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

import builtins as _builtins

open = _builtins.open
BlockingIOError = _builtins.BlockingIOError
# _pyio takes this one from here (as CPython's takes the C one); without it, it warns at each use.
from _io import open_code

from _io import BytesIO

_FROM_PYIO = ("DEFAULT_BUFFER_SIZE", "UnsupportedOperation", "FileIO",
              "BufferedReader", "BufferedWriter", "BufferedRWPair", "BufferedRandom",
              "IncrementalNewlineDecoder", "text_encoding", "TextIOWrapper",
              "IOBase", "RawIOBase", "BufferedIOBase", "TextIOBase")


def _load_pyio():
    import abc
    import sys
    namespace = globals()

    # _pyio registers its classes with io's ABCs while it loads; stand-ins take them.
    class IOBase(metaclass=abc.ABCMeta):
        pass

    for name, base in (("IOBase", object), ("RawIOBase", IOBase), ("BufferedIOBase", IOBase), ("TextIOBase", IOBase)):
        namespace[name] = IOBase if base is object else abc.ABCMeta(name, (base,), {})
    import _pyio
    import _io
    for name in _FROM_PYIO:
        namespace[name] = getattr(_pyio, name)
    _io.FileIO = _pyio.FileIO
    _pyio.UnsupportedOperation.__module__ = "io"
    _pyio.TextIOBase.register(StringIO)
    _pyio.BufferedIOBase.register(BytesIO)
    _pyio.TextIOBase.register(type(sys.stdout))


def __getattr__(name):
    if name in _FROM_PYIO:
        _load_pyio()
        return globals()[name]
    raise AttributeError("module 'io' has no attribute %r" % (name,))


class StringIO:
    """A text buffer with the file interface: write, read, readline, seek, getvalue."""

    def __init__(self, initial_value="", newline="\n"):
        if initial_value is None:
            initial_value = ""
        if not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s" % type(initial_value).__name__)
        self._chunks = [initial_value] if initial_value else []
        self._value = None
        self._length = len(initial_value)
        self._position = 0
        self.closed = False

    def _text(self):
        if self._value is None:
            self._value = "".join(self._chunks)
            self._chunks = [self._value] if self._value else []
        return self._value

    def _check(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        if self._position == self._length:
            self._chunks.append(s)
            self._length += len(s)
        else:
            text = self._text()
            before = text[:self._position]
            if len(before) < self._position:
                before += "\0" * (self._position - len(before))
            after = text[self._position + len(s):]
            self._chunks = [before, s, after]
            self._length = len(before) + len(s) + len(after)
        self._value = None
        self._position += len(s)
        return len(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def getvalue(self):
        self._check()
        return self._text()

    def read(self, size=-1):
        self._check()
        text = self._text()
        if size is None or size < 0:
            result = text[self._position:]
        else:
            result = text[self._position:self._position + size]
        self._position += len(result)
        return result

    def readline(self, size=-1):
        self._check()
        text = self._text()
        end = text.find("\n", self._position)
        end = len(text) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._position + size)
        result = text[self._position:end]
        self._position = end
        return result

    def readlines(self):
        return list(self)

    def seek(self, position, whence=0):
        self._check()
        if whence == 0:
            self._position = position
        elif whence == 2:
            self._position = self._length
        return self._position

    def tell(self):
        self._check()
        return self._position

    def truncate(self, size=None):
        text = self._text()
        size = self._position if size is None else size
        self._chunks = [text[:size]]
        self._value = None
        self._length = len(self._chunks[0])
        return size

    def close(self):
        self.closed = True

    def flush(self):
        pass

    def __iter__(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False

