"""_json for Tern: the names of CPython's json accelerator, answered by the pure-Python
json package itself, so `json` behaves the same with or without it and nothing is faster.

CPython's test_json imports only when `_json` exists; with this module its C-accelerated
test classes run the pure-Python code a second time. There is no make_encoder: json's
encoder falls back to its own Python loop when `_json` lacks it, as CPython's json does.
The json modules are looked up when called, not at import: `json.decoder` imports this
module while it is itself being imported."""


def scanstring(string, end, strict=True):
    """Decodes the JSON string starting after the quote at string[end - 1]: (text, end)."""
    from json.decoder import py_scanstring
    return py_scanstring(string, end, strict)


def encode_basestring(string):
    """The JSON representation of a str, non-ASCII characters kept."""
    from json.encoder import py_encode_basestring
    return py_encode_basestring(string)


def encode_basestring_ascii(string):
    """The JSON representation of a str in ASCII, other characters as \\u escapes."""
    from json.encoder import py_encode_basestring_ascii
    return py_encode_basestring_ascii(string)


class make_scanner:
    """A JSON scanner over a decoder's settings: scanner(string, index) -> (value, end)."""

    def __init__(self, context):
        from json.scanner import py_make_scanner
        self._scan_once = py_make_scanner(context)

    def __call__(self, string, index):
        return self._scan_once(string, index)
