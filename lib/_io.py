"""_io for Tern. CPython's _pyio, which Tern's io serves, imports FileIO from here while it
loads, only to register it with its RawIOBase; io then binds _pyio's own FileIO here.
BytesIO is native."""

from _iobuffers import BytesIO


class FileIO:
    pass


def open_code(path):
    """The file of a module's source, opened for reading bytes (importlib's loaders read modules through it)."""
    if not isinstance(path, str):
        raise TypeError("open_code() argument 'path' must be str, not %s" % type(path).__name__)
    return open(path, "rb")


def __getattr__(name):
    # The rest of _io (BytesIO, TextIOWrapper, ...) is io's, which loads _pyio for it.
    if name.startswith("__"):
        raise AttributeError(f"module '_io' has no attribute '{name}'")
    import io
    return getattr(io, name)
