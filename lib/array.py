"""Typed arrays of numbers (array.array), kept as a Python list of checked values."""

import _struct

_ranges = {
    "b": (-128, 127), "B": (0, 255), "h": (-32768, 32767), "H": (0, 65535),
    "i": (-2147483648, 2147483647), "I": (0, 4294967295),
    "l": (-9223372036854775808, 9223372036854775807), "L": (0, 18446744073709551615),
    "q": (-9223372036854775808, 9223372036854775807), "Q": (0, 18446744073709551615),
}
_sizes = {"b": 1, "B": 1, "h": 2, "H": 2, "i": 4, "I": 4, "l": 8, "L": 8, "q": 8, "Q": 8, "f": 4, "d": 8, "u": 4}
typecodes = "bBuhHiIlLqQfd"
_BLOCK = 64 * 1024  # tofile writes in blocks of this many bytes, as CPython's does


def _bytes_of(buffer):
    if isinstance(buffer, (bytes, bytearray, memoryview)):
        return bytes(buffer)
    if isinstance(buffer, array):
        return buffer.tobytes()
    raise TypeError("a bytes-like object is required, not '%s'" % type(buffer).__name__)


def _index(value):
    if not hasattr(type(value), "__index__"):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
    return type(value).__index__(value)


class array:
    """array(typecode[, initializer]): a mutable sequence of one numeric type."""
    # Matched by sequence patterns, as collections.abc's registration makes it in CPython.
    __abc_tpflags__ = 1 << 5

    def __init__(self, typecode, initializer=()):
        if typecode not in _sizes:
            raise ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        self.typecode = typecode
        self.itemsize = _sizes[typecode]
        self._items = []
        if isinstance(initializer, bytes) or type(initializer).__name__ == "bytearray":
            self.frombytes(initializer)
        else:
            self.extend(initializer)

    def _check(self, value):
        if self.typecode in "fd":
            return float(value)
        if self.typecode == "u":
            return value
        if not isinstance(value, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
        low, high = _ranges[self.typecode]
        if not low <= value <= high:
            raise OverflowError("unsigned byte integer is greater than maximum" if self.typecode == "B" else "array item out of range")
        return value

    def append(self, value):
        self._items.append(self._check(value))

    def extend(self, iterable):
        for value in iterable:
            self.append(value)

    def insert(self, index, value):
        self._items.insert(index, self._check(value))

    def pop(self, index=-1):
        return self._items.pop(index)

    def remove(self, value):
        self._items.remove(value)

    def index(self, value):
        return self._items.index(value)

    def count(self, value):
        return self._items.count(value)

    def reverse(self):
        self._items.reverse()

    def tolist(self):
        return list(self._items)

    def _format(self, count):
        """The struct format of count items: native sizes and order, as the array stores them."""
        return "@%d%s" % (count, "I" if self.typecode == "u" else self.typecode)

    def tobytes(self):
        items = [ord(c) for c in self._items] if self.typecode == "u" else self._items
        return _struct.pack(self._format(len(items)), *items)

    def frombytes(self, buffer):
        data = _bytes_of(buffer)
        if len(data) % self.itemsize:
            raise ValueError("bytes length not a multiple of item size")
        items = _struct.unpack(self._format(len(data) // self.itemsize), data)
        self._items.extend(chr(code) for code in items) if self.typecode == "u" else self._items.extend(items)

    def fromfile(self, f, n):
        n = _index(n)
        if n < 0:
            raise ValueError("negative count")
        wanted = n * self.itemsize
        data = f.read(wanted)
        if not isinstance(data, bytes):
            raise TypeError("read() didn't return bytes")
        self.frombytes(data)
        if len(data) != wanted:
            raise EOFError("read() didn't return enough bytes")

    def tofile(self, f):
        data = self.tobytes()
        for start in range(0, len(data), _BLOCK):
            f.write(data[start:start + _BLOCK])

    def byteswap(self):
        size = self.itemsize
        data = self.tobytes()
        swapped = b"".join(data[start:start + size][::-1] for start in range(0, len(data), size))
        del self._items[:]
        self.frombytes(swapped)

    def __len__(self):
        return len(self._items)

    def __getitem__(self, index):
        if isinstance(index, slice):
            result = array(self.typecode)
            result._items = self._items[index]
            return result
        return self._items[index]

    def __setitem__(self, index, value):
        if isinstance(index, slice):
            self._items[index] = [self._check(v) for v in value]
        else:
            self._items[index] = self._check(value)

    def __delitem__(self, index):
        del self._items[index]

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, value):
        return value in self._items

    def __eq__(self, other):
        if isinstance(other, array):
            return self._items == other._items
        return NotImplemented

    def __add__(self, other):
        result = array(self.typecode, self._items)
        result.extend(other)
        return result

    def __mul__(self, count):
        result = array(self.typecode)
        result._items = self._items * count
        return result

    def __repr__(self):
        if not self._items:
            return "array('%s')" % self.typecode
        return "array('%s', %r)" % (self.typecode, "".join(self._items) if self.typecode == "u" else self._items)
