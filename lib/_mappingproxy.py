"""types.MappingProxyType: the read-only view of a mapping that a class's __dict__ is.
The interpreter makes one around a class's namespace for `cls.__dict__` and
`vars(cls)`; the `types` module publishes it by its type."""


class mappingproxy:
    __slots__ = ("_target",)

    def __new__(cls, mapping):
        # CPython's check: anything subscriptable but a list or a tuple (no ABC, nothing imported).
        if not hasattr(type(mapping), "__getitem__") or isinstance(mapping, (list, tuple)):
            raise TypeError("mappingproxy() argument must be a mapping, not %s" % type(mapping).__name__)
        proxy = object.__new__(cls)
        proxy._target = mapping
        return proxy

    def __getitem__(self, key):
        return self._target[key]

    def __setitem__(self, key, value):
        raise TypeError("'mappingproxy' object does not support item assignment")

    def __delitem__(self, key):
        raise TypeError("'mappingproxy' object does not support item deletion")

    def get(self, key, default=None):
        return self._target.get(key, default)

    def keys(self):
        return self._target.keys()

    def values(self):
        return self._target.values()

    def items(self):
        return self._target.items()

    def copy(self):
        return self._target.copy()

    def __len__(self):
        return len(self._target)

    def __iter__(self):
        return iter(self._target)

    def __reversed__(self):
        return reversed(self._target)

    def __contains__(self, key):
        return key in self._target

    def __eq__(self, other):
        return self._target == other

    def __ne__(self, other):
        return self._target != other

    __hash__ = None

    def __or__(self, other):
        return self._target | other

    def __ror__(self, other):
        return other | self._target

    def __ior__(self, other):
        raise TypeError("'|=' is not supported by mappingproxy; use '|' instead")

    def __repr__(self):
        return "mappingproxy(%r)" % (self._target,)

    def __str__(self):
        return str(self._target)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


mappingproxy.__module__ = "builtins"


def of_namespace(namespace):
    """The view of a class's namespace (a dict), as the interpreter makes it for cls.__dict__."""
    proxy = object.__new__(mappingproxy)
    proxy._target = namespace
    return proxy
