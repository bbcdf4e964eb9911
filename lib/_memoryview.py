"""memoryview for Tern: a view of the bytes of a bytes, bytearray or another memoryview
(or of a snapshot of an array.array's bytes, in the array's format),
one-dimensional with unsigned-byte items (format 'B'), as most Python code uses it;
cast() to a native integer format ('I', 'h', 'Q', ...) gives a view of whole items to read
(re/_compiler.py turns bytes into code words with memoryview(b).cast('I').tolist()).
Slices share the memory they view: writing through a view of a bytearray changes it.
The builtin name `memoryview` is bound to this class the first time a program uses it."""

import _struct
import sys


def _is_array(object):
    """Whether `object` is an array.array (the module is native: only a loaded one made it)."""
    module = sys.modules.get("array")
    return module is not None and isinstance(object, module.array)


class memoryview:
    __slots__ = ("_obj", "_start", "_stop", "_step", "_released", "_readonly", "_format", "_itemsize")

    def __new__(cls, object):
        if isinstance(object, memoryview):
            object._check()
            view = super().__new__(cls)
            view._obj, view._start, view._stop, view._step = object._obj, object._start, object._stop, object._step
            view._readonly = object._readonly
            view._format, view._itemsize = object._format, object._itemsize
        elif isinstance(object, (bytes, bytearray)):
            view = super().__new__(cls)
            view._obj, view._start, view._stop, view._step = object, 0, len(object), 1
            view._readonly = not isinstance(object, bytearray)
            view._format, view._itemsize = "B", 1
        elif _is_array(object):
            # A snapshot of the array's bytes (read-only): CPython's view shares the array's memory.
            view = super().__new__(cls)
            view._obj = object.tobytes()
            view._start, view._stop, view._step = 0, len(view._obj), 1
            view._readonly = True
            view._format, view._itemsize = "w" if object.typecode == "u" else object.typecode, object.itemsize
        else:
            raise TypeError("memoryview: a bytes-like object is required, not '%s'" % type(object).__name__)
        view._released = False
        return view

    def _check(self):
        if self._released:
            raise ValueError("operation forbidden on released memoryview object")

    def _range(self):
        return range(self._start, self._stop, self._step)

    @property
    def obj(self):
        self._check()
        return self._obj

    @property
    def nbytes(self):
        self._check()
        return len(self._range())

    readonly = property(lambda self: (self._check(), self._readonly)[1])
    format = property(lambda self: (self._check(), self._format)[1])
    itemsize = property(lambda self: (self._check(), self._itemsize)[1])
    ndim = property(lambda self: (self._check(), 1)[1])
    shape = property(lambda self: (len(self),))
    strides = property(lambda self: (self._check(), (self._step,))[1])
    suboffsets = property(lambda self: (self._check(), ())[1])
    contiguous = c_contiguous = f_contiguous = property(lambda self: (self._check(), self._step == 1 or len(self) <= 1)[1])
    released = property(lambda self: self._released)

    def __len__(self):
        self._check()
        return len(self._range()) // self._itemsize

    def _item(self, number):
        """Item `number` of a view cast to a wider format, decoded in native (little-endian) order."""
        size = self._itemsize
        data = self._obj[self._start + number * size:self._start + (number + 1) * size]
        if self._format == "c":
            return bytes(data)
        if self._format in ("f", "d"):
            return _struct.unpack(self._format, data)[0]
        if self._format == "w":
            return chr(int.from_bytes(data, "little"))
        return int.from_bytes(data, "little", signed=self._format.islower())

    def _require_bytes(self, operation):
        if self._format != "B":
            raise NotImplementedError("memoryview.%s: Tern supports it for format 'B' only" % operation)

    def __getitem__(self, index):
        self._check()
        if self._format != "B" and not isinstance(index, slice):
            count = len(self)
            try:
                number = range(count)[index]
            except IndexError:
                raise IndexError("index out of bounds on dimension 1") from None
            except TypeError:
                raise TypeError("memoryview: invalid slice key") from None
            return self._item(number)
        self._require_bytes("__getitem__")
        positions = self._range()
        if isinstance(index, slice):
            chosen = positions[index]
            view = memoryview(self)
            view._start, view._stop, view._step = chosen.start, chosen.stop, chosen.step
            return view
        if isinstance(index, tuple):
            raise TypeError("memoryview: invalid slice key" if any(isinstance(i, slice) for i in index)
                            else "multi-dimensional sub-views are not implemented")
        try:
            position = positions[index]
        except IndexError:
            raise IndexError("index out of bounds on dimension 1") from None
        except TypeError:
            raise TypeError("memoryview: invalid slice key") from None
        return self._obj[position]

    def __setitem__(self, index, value):
        self._check()
        if self._readonly:
            raise TypeError("cannot modify read-only memory")
        self._require_bytes("__setitem__")
        positions = self._range()
        if isinstance(index, slice):
            chosen = positions[index]
            data = bytes(value) if not isinstance(value, memoryview) else value.tobytes()
            if len(data) != len(chosen):
                raise ValueError("memoryview assignment: lvalue and rvalue have different structures")
            for position, byte in zip(chosen, data):
                self._obj[position] = byte
            return
        try:
            position = positions[index]
        except IndexError:
            raise IndexError("index out of bounds on dimension 1") from None
        if not isinstance(value, int):
            raise TypeError("memoryview: invalid type for format 'B'")
        if not 0 <= value <= 255:
            raise ValueError("memoryview: invalid value for format 'B'")
        self._obj[position] = value

    def __iter__(self):
        self._check()
        if self._format != "B":
            return (self._item(number) for number in range(len(self)))
        obj = self._obj
        return (obj[position] for position in self._range())

    def tobytes(self, order="C"):
        self._check()
        if self._step == 1:
            return bytes(self._obj[self._start:self._stop])
        return bytes(self._obj[self._start:self._stop:self._step])

    def tolist(self):
        self._check()
        if self._format != "B":
            return [self._item(number) for number in range(len(self))]
        return list(self.tobytes())

    def hex(self, *args):
        return self.tobytes().hex(*args)

    def toreadonly(self):
        view = memoryview(self)
        view._readonly = True
        return view

    _sizes = {"B": 1, "b": 1, "c": 1, "H": 2, "h": 2, "I": 4, "i": 4, "L": 8, "l": 8, "Q": 8, "q": 8, "N": 8, "n": 8}

    def cast(self, format, shape=None):
        self._check()
        code = format[1:] if isinstance(format, str) and format.startswith("@") else format
        size = memoryview._sizes.get(code)
        if size is None:
            raise ValueError("memoryview: destination format must be a native single character format prefixed with an optional '@'")
        if self._format not in ("B", "b", "c") and code not in ("B", "b", "c"):
            raise TypeError("memoryview: cannot cast between two non-byte formats")
        if self._step != 1:
            raise TypeError("memoryview: casts are restricted to C-contiguous views")
        if shape is not None and list(shape) != [self.nbytes // size]:
            raise NotImplementedError("memoryview.cast: Tern's memoryview is one-dimensional")
        if self.nbytes % size:
            raise TypeError("memoryview: length is not a multiple of itemsize")
        view = memoryview(self)
        view._format, view._itemsize = code, size
        return view

    def release(self):
        self._released = True

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc_info):
        self.release()

    def __eq__(self, other):
        if self._released:
            return self is other
        if isinstance(other, memoryview):
            return not other._released and self.tobytes() == other.tobytes()
        if isinstance(other, (bytes, bytearray)):
            return self.tobytes() == bytes(other)
        return NotImplemented

    def __hash__(self):
        self._check()
        if not self._readonly:
            raise ValueError("cannot hash writable memoryview object")
        return hash(self.tobytes())

    def __repr__(self):
        return "<%smemory at %#x>" % ("released " if self._released else "", id(self))


memoryview.__module__ = "builtins"
