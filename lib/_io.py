"""_io for Tern. CPython's _pyio, which Tern's io serves, imports FileIO from here while it
loads, only to register it with its RawIOBase; io then binds _pyio's own FileIO here.
BytesIO and StringIO are native."""

from _iobuffers import BytesIO, StringIO


class FileIO:
    pass


def open_code(path):
    """The file of a module's source, opened for reading bytes (importlib's loaders read modules through it)."""
    if not isinstance(path, str):
        raise TypeError("open_code() argument 'path' must be str, not %s" % type(path).__name__)
    return open(path, "rb")


_text_file_buffers = {}


def _text_file_buffer(text):
    """`text.buffer` for Tern's native text files (sys.stdin/stdout/stderr and open() in text mode):
    a _pyio buffered stream over the same descriptor, made once per file. Writes through it first
    flush what the text side holds and are flushed at once, so the two keep their order."""
    buffer = _text_file_buffers.get(id(text))
    if buffer is not None and buffer[0] is text:
        return buffer[1]
    import _pyio
    raw = _pyio.FileIO(text.fileno(), "rb" if text.readable() and not text.writable() else "wb", closefd=False)
    raw.name = text.name
    if text.writable():
        class TextFileBuffer(_pyio.BufferedWriter):
            def write(self, data):
                text.flush()
                written = super().write(data)
                super().flush()
                return written
        buffer = TextFileBuffer(raw)
    else:
        buffer = _pyio.BufferedReader(raw)
    _text_file_buffers[id(text)] = (text, buffer)
    return buffer


def __getattr__(name):
    # The rest of _io (BytesIO, TextIOWrapper, ...) is io's, which loads _pyio for it.
    if name.startswith("__"):
        raise AttributeError(f"module '_io' has no attribute '{name}'")
    import io
    return getattr(io, name)
