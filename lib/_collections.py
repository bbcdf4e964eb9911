"""_collections for Tern: deque, defaultdict and OrderedDict, which CPython implements in C.
CPython's own collections package (from its standard library) imports them from here."""

# deque and its iterators are native (Sources/TernVM/Modules/Collections/).
from _deque import deque, _deque_iterator, _deque_reverse_iterator


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
        if last:
            return dict.popitem(self)
        key = next(iter(self))
        return key, dict.pop(self, key)

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
