"""_codecs for Tern: the codec registry and the codec functions the `encodings` package
wraps. The Unicode transformations themselves are str.encode/bytes.decode, which Tern
implements natively (Sources/TernVM/Runtime/Codecs.swift)."""

_search_functions = []
_cache = {}
_error_handlers = {}


def _normalize(encoding):
    return encoding.lower().replace(" ", "_")


def register(search_function):
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search_functions.append(search_function)


def unregister(search_function):
    if search_function in _search_functions:
        _search_functions.remove(search_function)
    _cache.clear()


def lookup(encoding):
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not %s" % type(encoding).__name__)
    key = _normalize(encoding)
    found = _cache.get(key)
    if found is not None:
        return found
    if not _search_functions:
        import encodings  # registers its search function, as CPython does at start-up
    for search in _search_functions:
        result = search(key)
        if result is None:
            continue
        if not isinstance(result, tuple) or len(result) != 4:
            raise TypeError("codec search functions must return 4-tuples")
        _cache[key] = result
        return result
    raise LookupError("unknown encoding: %s" % encoding)


def _forget_codec(encoding):
    _cache.pop(_normalize(encoding), None)


def encode(obj, encoding="utf-8", errors="strict"):
    result = lookup(encoding).encode(obj, errors)
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("encoder must return a tuple (object, integer)")
    return result[0]


def decode(obj, encoding="utf-8", errors="strict"):
    result = lookup(encoding).decode(obj, errors)
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("decoder must return a tuple (object,integer)")
    return result[0]


# Error handlers.

def _check_unicode_error(exc):
    if not isinstance(exc, UnicodeError):
        raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def strict_errors(exc):
    if isinstance(exc, BaseException):
        raise exc
    raise TypeError("codec must pass exception instance")


def ignore_errors(exc):
    _check_unicode_error(exc)
    return ("", exc.end)


def replace_errors(exc):
    _check_unicode_error(exc)
    if isinstance(exc, UnicodeDecodeError):
        return ("\ufffd", exc.end)
    return ("?" * (exc.end - exc.start), exc.end)


def xmlcharrefreplace_errors(exc):
    if not isinstance(exc, UnicodeEncodeError):
        raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)
    return ("".join("&#%d;" % ord(c) for c in exc.object[exc.start:exc.end]), exc.end)


def backslashreplace_errors(exc):
    _check_unicode_error(exc)
    if isinstance(exc, UnicodeDecodeError):
        return ("".join("\\x%02x" % b for b in exc.object[exc.start:exc.end]), exc.end)
    return ("".join(_escape_scalar(ord(c)) for c in exc.object[exc.start:exc.end]), exc.end)


def namereplace_errors(exc):
    if not isinstance(exc, UnicodeEncodeError):
        raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)
    import unicodedata
    parts = []
    for c in exc.object[exc.start:exc.end]:
        try:
            parts.append("\\N{%s}" % unicodedata.name(c))
        except ValueError:
            parts.append(_escape_scalar(ord(c)))
    return ("".join(parts), exc.end)


def surrogateescape_errors(exc):
    if isinstance(exc, UnicodeDecodeError):
        chunk = exc.object[exc.start:exc.end]
        if any(b < 128 for b in chunk):
            raise exc
        return ("".join(chr(0xDC00 + b) for b in chunk), exc.end)
    if isinstance(exc, UnicodeEncodeError):
        out = bytearray()
        for c in exc.object[exc.start:exc.end]:
            if not 0xDC80 <= ord(c) <= 0xDCFF:
                raise exc
            out.append(ord(c) - 0xDC00)
        return (bytes(out), exc.end)
    raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def surrogatepass_errors(exc):
    if isinstance(exc, UnicodeEncodeError) and exc.encoding.replace("_", "-").lower() in ("utf-8", "utf8"):
        out = bytearray()
        for c in exc.object[exc.start:exc.end]:
            code = ord(c)
            if not 0xD800 <= code <= 0xDFFF:
                raise exc
            out += bytes((0xE0 | (code >> 12), 0x80 | ((code >> 6) & 0x3F), 0x80 | (code & 0x3F)))
        return (bytes(out), exc.end)
    raise exc


for _name in ("strict", "ignore", "replace", "xmlcharrefreplace", "backslashreplace",
              "namereplace", "surrogateescape", "surrogatepass"):
    _error_handlers[_name] = globals()[_name + "_errors"]
del _name


def register_error(errors, handler):
    if not callable(handler):
        raise TypeError("handler must be callable")
    _error_handlers[errors] = handler


def lookup_error(name):
    try:
        return _error_handlers[name]
    except KeyError:
        raise LookupError("unknown error handler name '%s'" % name) from None


# The codecs Tern implements natively, through str.encode and bytes.decode.

def _bytes_of(data):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return bytes(data)


def _encoder(encoding):
    def encode(text, errors=None):
        if not isinstance(text, str):
            raise TypeError("%s_encode() argument 1 must be str, not %s" % (encoding.replace("-", "_"), type(text).__name__))
        return (text.encode(encoding, errors or "strict"), len(text))
    return encode


def _incomplete_tail(data, encoding):
    """How many bytes at the end of `data` may begin a character not yet complete."""
    if encoding == "utf-8":
        for back in range(1, min(3, len(data)) + 1):
            lead = data[-back]
            if lead & 0xC0 == 0x80:
                continue
            needed = 2 if lead & 0xE0 == 0xC0 else 3 if lead & 0xF0 == 0xE0 else 4 if lead & 0xF8 == 0xF0 else 1
            return back if needed > back else 0
        return 0
    width = 2 if "16" in encoding else 4 if "32" in encoding else 1
    return len(data) % width


def _decoder(encoding):
    def decode(data, errors=None, final=False):
        data = _bytes_of(data)
        size = len(data)
        if not final:
            size -= _incomplete_tail(data, encoding)
        return (data[:size].decode(encoding, errors or "strict"), size)
    return decode


utf_8_encode, utf_8_decode = _encoder("utf-8"), _decoder("utf-8")
ascii_encode, ascii_decode = _encoder("ascii"), _decoder("ascii")
latin_1_encode, latin_1_decode = _encoder("latin-1"), _decoder("latin-1")
utf_16_le_encode, utf_16_le_decode = _encoder("utf-16-le"), _decoder("utf-16-le")
utf_16_be_encode, utf_16_be_decode = _encoder("utf-16-be"), _decoder("utf-16-be")
utf_32_le_encode, utf_32_le_decode = _encoder("utf-32-le"), _decoder("utf-32-le")
utf_32_be_encode, utf_32_be_decode = _encoder("utf-32-be"), _decoder("utf-32-be")


def utf_16_encode(text, errors=None, byteorder=0):
    encoding = "utf-16" if byteorder == 0 else "utf-16-le" if byteorder < 0 else "utf-16-be"
    return (text.encode(encoding, errors or "strict"), len(text))


def utf_32_encode(text, errors=None, byteorder=0):
    encoding = "utf-32" if byteorder == 0 else "utf-32-le" if byteorder < 0 else "utf-32-be"
    return (text.encode(encoding, errors or "strict"), len(text))


def _ex_decode(data, errors, byteorder, final, width, boms):
    data = _bytes_of(data)
    start = 0
    if byteorder == 0 and len(data) >= width:
        if data[:width] == boms[0]:
            byteorder, start = -1, width
        elif data[:width] == boms[1]:
            byteorder, start = 1, width
    encoding = ("utf-16" if width == 2 else "utf-32") + ("-be" if byteorder > 0 else "-le")
    text, used = _decoder(encoding)(data[start:], errors, final)
    return (text, used + start, byteorder)


def utf_16_ex_decode(data, errors=None, byteorder=0, final=False):
    return _ex_decode(data, errors, byteorder, final, 2, (b"\xff\xfe", b"\xfe\xff"))


def utf_32_ex_decode(data, errors=None, byteorder=0, final=False):
    return _ex_decode(data, errors, byteorder, final, 4, (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff"))


def utf_16_decode(data, errors=None, final=False):
    return utf_16_ex_decode(data, errors, 0, final)[:2]


def utf_32_decode(data, errors=None, final=False):
    return utf_32_ex_decode(data, errors, 0, final)[:2]


def readbuffer_encode(data, errors=None):
    if isinstance(data, str):
        data = data.encode("utf-8")
    data = bytes(data)
    return (data, len(data))


# Charmap codecs (cp1252 and the other single-byte encodings of the encodings package).

def charmap_build(decoding_table):
    return {ord(c): index for index, c in enumerate(decoding_table)}


def charmap_decode(data, errors=None, mapping=None):
    data = _bytes_of(data)
    if mapping is None:
        return latin_1_decode(data, errors)
    out = []
    for index, byte in enumerate(data):
        try:
            value = mapping[byte]
        except (LookupError, TypeError):
            value = None
        if isinstance(value, int):
            value = chr(value)
        if value is None or value == "\ufffe":
            handler = lookup_error(errors or "strict")
            replacement, _ = handler(UnicodeDecodeError("charmap", data, index, index + 1, "character maps to <undefined>"))
            out.append(replacement)
        else:
            out.append(value)
    return ("".join(out), len(data))


def charmap_encode(text, errors=None, mapping=None):
    if mapping is None:
        return latin_1_encode(text, errors)
    def mapped(character):
        value = mapping.get(ord(character)) if isinstance(mapping, dict) else None
        return bytes((value,)) if isinstance(value, int) else value

    out = bytearray()
    index = 0
    while index < len(text):
        value = mapped(text[index])
        if value is None:
            error = UnicodeEncodeError("charmap", text, index, index + 1, "character maps to <undefined>")
            replacement, index = lookup_error(errors or "strict")(error)
            if isinstance(replacement, str):
                pieces = [mapped(character) for character in replacement]
                if None in pieces:
                    raise error
                replacement = b"".join(pieces)
            out += replacement
            continue
        out += value
        index += 1
    return (bytes(out), len(text))


# Escape codecs.

def _escape_scalar(code):
    if code < 0x100:
        return "\\x%02x" % code
    if code < 0x10000:
        return "\\u%04x" % code
    return "\\U%08x" % code


def escape_encode(data, errors=None):
    data = _bytes_of(data)
    out = []
    for byte in data:
        if byte == 0x5C:
            out.append("\\\\")
        elif byte == 0x27:
            out.append("\\'")
        elif byte == 0x09:
            out.append("\\t")
        elif byte == 0x0A:
            out.append("\\n")
        elif byte == 0x0D:
            out.append("\\r")
        elif byte < 0x20 or byte >= 0x7F:
            out.append("\\x%02x" % byte)
        else:
            out.append(chr(byte))
    return ("".join(out).encode("latin-1"), len(data))


_SIMPLE_ESCAPES = {"\n": "", "\\": "\\", "'": "'", '"': '"', "a": "\a", "b": "\b", "f": "\f",
                   "n": "\n", "r": "\r", "t": "\t", "v": "\v"}


def _decode_escapes(text, errors, unicode_escapes, codec):
    out = []
    index = 0
    length = len(text)
    while index < length:
        c = text[index]
        if c != "\\" or index + 1 >= length:
            if c == "\\":
                handler = lookup_error(errors or "strict")
                replacement, index = handler(UnicodeDecodeError(codec, text.encode("latin-1"), index, length, "\\ at end of string"))
                out.append(replacement)
                continue
            out.append(c)
            index += 1
            continue
        kind = text[index + 1]
        if kind in _SIMPLE_ESCAPES:
            out.append(_SIMPLE_ESCAPES[kind])
            index += 2
        elif kind in "01234567":
            end = index + 2
            while end < length and end < index + 4 and text[end] in "01234567":
                end += 1
            out.append(chr(int(text[index + 1:end], 8)))
            index = end
        elif kind in "xuU" and (kind == "x" or unicode_escapes):
            width = {"x": 2, "u": 4, "U": 8}[kind]
            digits = text[index + 2:index + 2 + width]
            if len(digits) < width or any(d not in "0123456789abcdefABCDEF" for d in digits):
                reason = "truncated \\%s%s escape" % (kind, "X" * width if kind != "x" else "XX")
                if codec == "escape_decode":
                    raise ValueError("invalid \\x escape at position %d" % index)
                handler = lookup_error(errors or "strict")
                end = index + 2
                while end < length and end < index + 2 + width and text[end] in "0123456789abcdefABCDEF":
                    end += 1
                replacement, index = handler(UnicodeDecodeError(codec, text.encode("latin-1"), index, end, reason))
                out.append(replacement)
                continue
            code = int(digits, 16)
            if code > 0x10FFFF:
                handler = lookup_error(errors or "strict")
                replacement, index = handler(UnicodeDecodeError(codec, text.encode("latin-1"), index, index + 2 + width, "illegal Unicode character"))
                out.append(replacement)
                continue
            out.append(chr(code))
            index += 2 + width
        elif kind == "N" and unicode_escapes:
            end = text.find("}", index)
            import unicodedata
            try:
                if text[index + 2] != "{" or end < 0:
                    raise KeyError
                out.append(unicodedata.lookup(text[index + 3:end]))
                index = end + 1
            except (KeyError, IndexError):
                handler = lookup_error(errors or "strict")
                replacement, index = handler(UnicodeDecodeError(codec, text.encode("latin-1"), index, max(end + 1, index + 2), "malformed \\N character escape"))
                out.append(replacement)
        else:
            out.append("\\" + kind)
            index += 2
    return "".join(out)


def escape_decode(data, errors=None):
    if isinstance(data, str):
        data = data.encode("latin-1")
    data = bytes(data)
    text = _decode_escapes(data.decode("latin-1"), errors, False, "escape_decode")
    return (text.encode("latin-1"), len(data))


def unicode_escape_encode(text, errors=None):
    out = []
    for c in text:
        code = ord(c)
        if c == "\\":
            out.append("\\\\")
        elif c == "\t":
            out.append("\\t")
        elif c == "\n":
            out.append("\\n")
        elif c == "\r":
            out.append("\\r")
        elif code < 0x20 or code >= 0x7F:
            out.append(_escape_scalar(code))
        else:
            out.append(c)
    return ("".join(out).encode("ascii"), len(text))


def unicode_escape_decode(data, errors=None, final=True):
    if isinstance(data, str):
        data = data.encode("latin-1", "backslashreplace")
    data = bytes(data)
    return (_decode_escapes(data.decode("latin-1"), errors, True, "unicodeescape"), len(data))


def raw_unicode_escape_encode(text, errors=None):
    out = []
    for c in text:
        code = ord(c)
        out.append(c if code < 0x100 else _escape_scalar(code))
    return ("".join(out).encode("latin-1"), len(text))


def raw_unicode_escape_decode(data, errors=None, final=True):
    if isinstance(data, str):
        data = data.encode("latin-1", "backslashreplace")
    text = bytes(data).decode("latin-1")
    out = []
    index = 0
    while index < len(text):
        if text.startswith("\\u", index) or text.startswith("\\U", index):
            width = 4 if text[index + 1] == "u" else 8
            digits = text[index + 2:index + 2 + width]
            if len(digits) == width and all(d in "0123456789abcdefABCDEF" for d in digits):
                out.append(chr(int(digits, 16)))
                index += 2 + width
                continue
        out.append(text[index])
        index += 1
    return ("".join(out), len(data))


# CPython's codec functions are builtins, which do not bind as methods: codecs.py keeps
# them as class attributes (`_buffer_decode = codecs.utf_8_decode`). Staticmethod objects
# behave the same way and are callable where they stand; like builtins, these pickle by
# name (pickle saves bytes for protocols 0-2 as a call of codecs.encode).
class _BuiltinFunction(staticmethod):
    def __reduce__(self):
        return self.__qualname__

    def __repr__(self):
        return "<built-in function %s>" % self.__name__


def _as_builtins(namespace):
    for name, value in list(namespace.items()):
        if not name.startswith("_") and callable(value) and type(value).__name__ == "function":
            value.__name__ = value.__qualname__ = name
            namespace[name] = _BuiltinFunction(value)


_as_builtins(globals())
del _as_builtins
