"""Typed arrays of numbers (array.array), kept as a Python list of checked values."""

_ranges = {
    "b": (-128, 127), "B": (0, 255), "h": (-32768, 32767), "H": (0, 65535),
    "i": (-2147483648, 2147483647), "I": (0, 4294967295),
    "l": (-9223372036854775808, 9223372036854775807), "L": (0, 18446744073709551615),
    "q": (-9223372036854775808, 9223372036854775807), "Q": (0, 18446744073709551615),
}
_sizes = {"b": 1, "B": 1, "h": 2, "H": 2, "i": 4, "I": 4, "l": 8, "L": 8, "q": 8, "Q": 8, "f": 4, "d": 8, "u": 4}
typecodes = "bBuhHiIlLqQfd"


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

    def tobytes(self):
        if self.typecode in "bB":
            return bytes(v & 0xFF for v in self._items)
        out = []
        for value in self._items:
            if self.typecode in "fd":
                raise NotImplementedError("tobytes() of float arrays is not supported by Tern yet")
            value &= (1 << (8 * self.itemsize)) - 1
            for _ in range(self.itemsize):
                out.append(value & 0xFF)
                value >>= 8
        return bytes(out)

    def frombytes(self, data):
        if self.typecode in "bB":
            for byte in data:
                self.append(byte if self.typecode == "B" or byte < 128 else byte - 256)
            return
        raise NotImplementedError("frombytes() is supported for 'b' and 'B' arrays only")

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
        return "array('%s', %r)" % (self.typecode, self._items)
