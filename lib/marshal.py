"""marshal for Tern: CPython's serialization format for values (version 4), read and
written in Python. Code objects are not supported: Tern's .pyc files are its own
format (Sources/TernCompiler/CodeCache.swift), not marshal's. dumps() writes no back-references (CPython writes them for objects it holds more
than one reference to, which depends on its reference counts), so its bytes can differ
from CPython's; loads() reads both, and each reads what the other writes."""

import struct as _struct

version = 4

_INT32 = _struct.Struct("<i")
_DOUBLE = _struct.Struct("<d")
_FLAG_REF = 0x80
_SINGLETONS = {b"N": None, b"F": False, b"T": True, b"S": StopIteration, b".": Ellipsis}


def _write(value, out):
    if value is None or value is False or value is True or value is StopIteration or value is Ellipsis:
        out += {None: b"N", False: b"F", True: b"T", StopIteration: b"S", Ellipsis: b"."}[value]
    elif type(value) is int:
        if -2**31 <= value < 2**31:
            out += b"i" + _INT32.pack(value)
        else:
            digits = []
            rest = abs(value)
            while rest:
                digits.append(rest & 0x7FFF)
                rest >>= 15
            out += b"l" + _INT32.pack(len(digits) if value > 0 else -len(digits))
            out += b"".join(digit.to_bytes(2, "little") for digit in digits)
    elif type(value) is float:
        out += b"g" + _DOUBLE.pack(value)
    elif type(value) is complex:
        out += b"y" + _DOUBLE.pack(value.real) + _DOUBLE.pack(value.imag)
    elif type(value) is str:
        if value.isascii():
            data = value.encode("ascii")
            out += (b"z" + bytes([len(data)])) if len(data) < 256 else (b"a" + _INT32.pack(len(data)))
        else:
            data = value.encode("utf-8", "surrogatepass")
            out += b"u" + _INT32.pack(len(data))
        out += data
    elif type(value) in (bytes, bytearray):
        out += b"s" + _INT32.pack(len(value)) + value
    elif type(value) in (tuple, list, set, frozenset):
        if type(value) is tuple and len(value) < 256:
            out += b")" + bytes([len(value)])
        else:
            out += {tuple: b"(", list: b"[", set: b"<", frozenset: b">"}[type(value)] + _INT32.pack(len(value))
        for item in value:
            _write(item, out)
    elif type(value) is dict:
        out += b"{"
        for key, item in value.items():
            _write(key, out)
            _write(item, out)
        out += b"0"
    else:
        raise ValueError("unmarshallable object")


def dumps(value, version=version, /):
    out = bytearray()
    _write(value, out)
    return bytes(out)


def dump(value, file, version=version, /):
    file.write(dumps(value, version))


class _Reader:
    def __init__(self, data):
        self.data = data
        self.position = 0
        self.refs = []

    def take(self, count):
        start = self.position
        if start + count > len(self.data):
            raise EOFError("marshal data too short")
        self.position = start + count
        return self.data[start:self.position]

    def int32(self):
        return _INT32.unpack(self.take(4))[0]

    def read(self):
        code = self.take(1)[0]
        flagged = code & _FLAG_REF
        kind = bytes([code & ~_FLAG_REF])
        if kind in _SINGLETONS:
            return _SINGLETONS[kind]
        if kind == b"r":
            index = self.int32()
            if not 0 <= index < len(self.refs):
                raise ValueError("bad marshal data (invalid reference)")
            return self.refs[index]
        slot = len(self.refs)
        if flagged:
            self.refs.append(None)
        value = self.read_value(kind, flagged, slot)
        if flagged:
            self.refs[slot] = value
        return value

    def read_value(self, kind, flagged, slot):
        if kind == b"i":
            return self.int32()
        if kind == b"l":
            count = self.int32()
            value = 0
            for index in range(abs(count)):
                value |= int.from_bytes(self.take(2), "little") << (15 * index)
            return -value if count < 0 else value
        if kind == b"g":
            return _DOUBLE.unpack(self.take(8))[0]
        if kind == b"y":
            return complex(_DOUBLE.unpack(self.take(8))[0], _DOUBLE.unpack(self.take(8))[0])
        if kind in (b"z", b"Z"):
            return self.take(self.take(1)[0]).decode("latin-1")
        if kind in (b"a", b"A"):
            return self.take(self.int32()).decode("latin-1")
        if kind in (b"u", b"t"):
            return self.take(self.int32()).decode("utf-8", "surrogatepass")
        if kind == b"s":
            return bytes(self.take(self.int32()))
        if kind in (b")", b"(", b"[", b"<", b">"):
            count = self.take(1)[0] if kind == b")" else self.int32()
            if kind == b"[":
                items = []
                if flagged:
                    self.refs[slot] = items
                for _ in range(count):
                    items.append(self.read())
                return items
            items = [self.read() for _ in range(count)]
            return {b")": tuple, b"(": tuple, b"<": set, b">": frozenset}[kind](items)
        if kind == b"{":
            result = {}
            if flagged:
                self.refs[slot] = result
            while self.data[self.position:self.position + 1] != b"0":
                key = self.read()
                result[key] = self.read()
            self.position += 1
            return result
        if kind == b"c":
            raise ValueError("bad marshal data (Tern cannot load code objects)")
        raise ValueError("bad marshal data (unknown type code)")


def loads(data, /):
    return _Reader(bytes(data)).read()


def load(file, /):
    return loads(file.read())
