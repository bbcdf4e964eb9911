"""_collections for Tern: deque, defaultdict and OrderedDict, which CPython implements in C.
CPython's own collections package (from its standard library) imports them from here."""

class deque:
    """A double-ended queue: O(1) appends and pops at both ends (a ring buffer)."""
    # Matched by sequence patterns, as collections.abc's registration makes it in CPython.
    __abc_tpflags__ = 1 << 5

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._maxlen = maxlen
        self._items = [None] * 8
        self._head = 0
        self._size = 0
        for item in iterable:
            self.append(item)

    @property
    def maxlen(self):
        return self._maxlen

    def _grow(self):
        old = self._items
        capacity = len(old)
        items = [None] * (capacity * 2)
        for i in range(self._size):
            items[i] = old[(self._head + i) % capacity]
        self._items = items
        self._head = 0

    def append(self, item):
        if self._maxlen is not None and self._size == self._maxlen:
            if self._maxlen == 0:
                return
            self.popleft()
        if self._size == len(self._items):
            self._grow()
        self._items[(self._head + self._size) % len(self._items)] = item
        self._size += 1

    def appendleft(self, item):
        if self._maxlen is not None and self._size == self._maxlen:
            if self._maxlen == 0:
                return
            self.pop()
        if self._size == len(self._items):
            self._grow()
        self._head = (self._head - 1) % len(self._items)
        self._items[self._head] = item
        self._size += 1

    def pop(self):
        if not self._size:
            raise IndexError("pop from an empty deque")
        self._size -= 1
        index = (self._head + self._size) % len(self._items)
        item = self._items[index]
        self._items[index] = None
        return item

    def popleft(self):
        if not self._size:
            raise IndexError("pop from an empty deque")
        item = self._items[self._head]
        self._items[self._head] = None
        self._head = (self._head + 1) % len(self._items)
        self._size -= 1
        return item

    def extend(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for item in iterable:
            self.append(item)

    def extendleft(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for item in iterable:
            self.appendleft(item)

    def clear(self):
        self._items = [None] * 8
        self._head = 0
        self._size = 0

    def rotate(self, n=1):
        if self._size <= 1:
            return
        n %= self._size
        for _ in range(n):
            self.appendleft(self.pop())

    def count(self, value):
        return sum(1 for item in self if item is value or item == value)

    def index(self, value, start=0, stop=None):
        items = list(self)
        if stop is None:
            stop = len(items)
        for i in range(start, min(stop, len(items))):
            if items[i] is value or items[i] == value:
                return i
        raise ValueError("%r is not in deque" % (value,))

    def remove(self, value):
        items = list(self)
        for i, item in enumerate(items):
            if item is value or item == value:
                del items[i]
                self.clear()
                self.extend(items)
                return
        raise ValueError("deque.remove(x): x not in deque")

    def reverse(self):
        items = list(self)
        self.clear()
        self.extend(reversed(items))

    def copy(self):
        return deque(self, self._maxlen)

    __copy__ = copy

    def _index(self, index):
        if index < 0:
            index += self._size
        if not 0 <= index < self._size:
            raise IndexError("deque index out of range")
        return (self._head + index) % len(self._items)

    def __getitem__(self, index):
        return self._items[self._index(index)]

    def __setitem__(self, index, value):
        self._items[self._index(index)] = value

    def __delitem__(self, index):
        items = list(self)
        del items[index]
        self.clear()
        self.extend(items)

    def __len__(self):
        return self._size

    def __bool__(self):
        return self._size > 0

    def __iter__(self):
        items, head, capacity = self._items, self._head, len(self._items)
        for i in range(self._size):
            yield items[(head + i) % capacity]

    def __reversed__(self):
        for i in range(self._size - 1, -1, -1):
            yield self._items[(self._head + i) % len(self._items)]

    def __contains__(self, value):
        for item in self:
            if item is value or item == value:
                return True
        return False

    def __eq__(self, other):
        if not isinstance(other, deque):
            return NotImplemented
        return list(self) == list(other)

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque' % type(other).__name__)
        result = deque(self, self._maxlen)
        result.extend(other)
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __repr__(self):
        if self._maxlen is None:
            return "deque(%r)" % (list(self),)
        return "deque(%r, maxlen=%d)" % (list(self), self._maxlen)


class defaultdict(dict):
    """A dict that calls default_factory to supply missing values."""

    def __init__(self, default_factory=None, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        super().__init__(*args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def copy(self):
        return defaultdict(self.default_factory, self)

    __copy__ = copy

    def __repr__(self):
        factory = self.default_factory
        name = "None" if factory is None else getattr(factory, "__name__", None)
        if factory is not None:
            name = repr(factory)
        return "%s(%s, %s)" % (type(self).__name__, name, dict.__repr__(self))


class OrderedDict(dict):
    """A dict that remembers insertion order and can reorder (move_to_end, popitem(last))."""

    def popitem(self, last=True):
        if not self:
            raise KeyError("dictionary is empty")
        key = next(reversed(list(self))) if last else next(iter(self))
        value = dict.pop(self, key)
        return key, value

    def move_to_end(self, key, last=True):
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
        else:
            items = list(dict.items(self))
            dict.clear(self)
            dict.__setitem__(self, key, value)
            for k, v in items:
                dict.__setitem__(self, k, v)

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(self) == list(other)
        return dict.__eq__(self, other)

    def copy(self):
        return type(self)(self)

    def __repr__(self):
        if not self:
            return "%s()" % (type(self).__name__,)
        return "%s(%r)" % (type(self).__name__, list(self.items()))
