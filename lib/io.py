"""io for Tern: CPython's pure-Python implementation (_pyio, from its standard library)
serves the classes, with three exceptions kept native for speed: open() is Tern's builtin
file, and BytesIO and StringIO are native (_iobuffers). _pyio is loaded the first time a program
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

from _io import BytesIO, StringIO

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

