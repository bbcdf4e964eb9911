"""A JSON-like parser and pretty printer written from scratch (no json module)."""


class JSONError(Exception):
    def __init__(self, message, position):
        super().__init__(f"{message} at position {position}")
        self.position = position


class Parser:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def error(self, message):
        return JSONError(message, self.pos)

    def skip(self):
        while self.pos < len(self.text) and self.text[self.pos] in " \t\r\n":
            self.pos += 1

    def expect(self, literal):
        if not self.text.startswith(literal, self.pos):
            raise self.error(f"expected {literal!r}")
        self.pos += len(literal)

    def parse(self):
        value = self.value()
        self.skip()
        if self.pos != len(self.text):
            raise self.error("trailing data")
        return value

    def value(self):
        self.skip()
        if self.pos >= len(self.text):
            raise self.error("unexpected end")
        ch = self.text[self.pos]
        if ch == "{":
            return self.object()
        if ch == "[":
            return self.array()
        if ch == '"':
            return self.string()
        if ch in "-0123456789":
            return self.number()
        for literal, result in (("true", True), ("false", False), ("null", None)):
            if self.text.startswith(literal, self.pos):
                self.pos += len(literal)
                return result
        raise self.error(f"unexpected character {ch!r}")

    def object(self):
        self.expect("{")
        result = {}
        self.skip()
        if self.text.startswith("}", self.pos):
            self.pos += 1
            return result
        while True:
            self.skip()
            key = self.string()
            self.skip()
            self.expect(":")
            result[key] = self.value()
            self.skip()
            if self.text.startswith(",", self.pos):
                self.pos += 1
                continue
            self.expect("}")
            return result

    def array(self):
        self.expect("[")
        result = []
        self.skip()
        if self.text.startswith("]", self.pos):
            self.pos += 1
            return result
        while True:
            result.append(self.value())
            self.skip()
            if self.text.startswith(",", self.pos):
                self.pos += 1
                continue
            self.expect("]")
            return result

    def string(self):
        self.expect('"')
        out = []
        escapes = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
        while True:
            if self.pos >= len(self.text):
                raise self.error("unterminated string")
            ch = self.text[self.pos]
            self.pos += 1
            if ch == '"':
                return "".join(out)
            if ch == "\\":
                code = self.text[self.pos]
                self.pos += 1
                if code == "u":
                    out.append(chr(int(self.text[self.pos:self.pos + 4], 16)))
                    self.pos += 4
                elif code in escapes:
                    out.append(escapes[code])
                else:
                    raise self.error(f"bad escape \\{code}")
            else:
                out.append(ch)

    def number(self):
        start = self.pos
        if self.text[self.pos] == "-":
            self.pos += 1
        while self.pos < len(self.text) and self.text[self.pos] in "0123456789.eE+-":
            self.pos += 1
        literal = self.text[start:self.pos]
        try:
            if any(c in literal for c in ".eE"):
                return float(literal)
            return int(literal)
        except ValueError:
            raise self.error(f"bad number {literal!r}") from None


def quote(text):
    replacements = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r"}
    out = []
    for ch in text:
        if ch in replacements:
            out.append(replacements[ch])
        elif ord(ch) < 0x20 or ord(ch) > 0x7E:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def dumps(value, indent=2, level=0, sort_keys=False):
    pad = " " * (indent * (level + 1))
    closing = " " * (indent * level)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return quote(value)
    if isinstance(value, list):
        if not value:
            return "[]"
        if all(not isinstance(v, (list, dict)) for v in value) and len(value) <= 4:
            return "[" + ", ".join(dumps(v, indent, level + 1, sort_keys) for v in value) + "]"
        items = [pad + dumps(v, indent, level + 1, sort_keys) for v in value]
        return "[\n" + ",\n".join(items) + "\n" + closing + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        keys = sorted(value) if sort_keys else list(value)
        items = [f"{pad}{quote(k)}: {dumps(value[k], indent, level + 1, sort_keys)}" for k in keys]
        return "{\n" + ",\n".join(items) + "\n" + closing + "}"
    raise TypeError(f"cannot serialise {type(value).__name__}")


def depth(value):
    if isinstance(value, dict):
        return 1 + max((depth(v) for v in value.values()), default=0)
    if isinstance(value, list):
        return 1 + max((depth(v) for v in value), default=0)
    return 0


DOCUMENT = '''
{"name": "Tern", "version": 0.1, "tags": ["vm", "jit", "gc"],
 "authors": [{"name": "Ada", "commits": 120}, {"name": "Bj\\u00f6rn", "commits": -3, "active": false}],
 "config": {"threshold": 1039, "longevity": 97, "nested": {"deep": [1, [2, [3, []]], {}]}},
 "escapes": "line\\nbreak \\"quoted\\" tab\\t slash\\/", "nothing": null, "big": 12345678901234567890,
 "exp": 1.5e10, "neg": -0.25}
'''

data = Parser(DOCUMENT).parse()
print(dumps(data))
print(dumps(data["config"], indent=4, sort_keys=True))
print("depth", depth(data), "keys", len(data))
round_trip = Parser(dumps(data)).parse()
print("round trip equal:", round_trip == data)
print(dumps([1, "two", None, True]), dumps([[], {}, [[]]]))
for bad in ['{"a": }', "[1, 2", '{"a" 1}', '"open', "tru", "[1] x", '"\\q"', "-"]:
    try:
        Parser(bad).parse()
    except JSONError as error:
        print(f"{bad!r:>12} -> {error}")
try:
    dumps({"set": {1, 2}})
except TypeError as error:
    print("TypeError:", error)
