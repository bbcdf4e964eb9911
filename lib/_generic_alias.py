"""The objects behind `list[int]` and `int | str`: types.GenericAlias and types.UnionType.

The interpreter creates them from `__class_getitem__` of the builtin containers and
from `type.__or__`; the `types` module publishes them by their types.
"""

_PASSED_TO_ORIGIN_EXCEPT = frozenset((
    "__class__", "__origin__", "__args__", "__unpacked__", "__parameters__",
    "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__", "__reduce__",
    "__copy__", "__deepcopy__",
))


def _item_repr(item):
    if item is Ellipsis:
        return "..."
    if isinstance(item, list):
        return "[" + ", ".join(_item_repr(each) for each in item) + "]"
    if isinstance(item, (GenericAlias, UnionType)) or (
            hasattr(item, "__origin__") and hasattr(item, "__args__")):
        return repr(item)
    try:
        qualname = item.__qualname__
        module = item.__module__
    except AttributeError:
        return repr(item)
    if not isinstance(qualname, str) or not isinstance(module, str):
        return repr(item)
    return qualname if module == "builtins" else module + "." + qualname


def _collect_parameters(args):
    parameters = []
    for arg in args:
        if isinstance(arg, type):
            continue
        if hasattr(arg, "__typing_subst__"):
            if arg not in parameters:
                parameters.append(arg)
            continue
        nested = getattr(arg, "__parameters__", None)
        if isinstance(nested, tuple):
            for each in nested:
                if each not in parameters:
                    parameters.append(each)
    return tuple(parameters)


def _unpack_items(items):
    """Subscript items with each `*tuple[int, str]` replaced by its items (PEP 646); an
    unpacked tuple of any length (`*tuple[int, ...]`) stays as it is."""
    result = []
    for item in items:
        inner = getattr(item, "__typing_unpacked_tuple_args__", None)
        if inner is not None and not (inner and inner[-1] is ...):
            result.extend(inner)
        else:
            result.append(item)
    return tuple(result)


def _substitute(alias, args, items):
    """`alias[items]`: each type variable among `args` replaced by its item, and each
    unpacked TypeVarTuple (`*Ts`) by the items it stands for."""
    parameters = alias.__parameters__
    if not parameters:
        raise TypeError("%r is not a generic class" % (alias,))
    if not isinstance(items, tuple):
        items = (items,)
    items = _unpack_items(items)
    for parameter in parameters:
        prepare = getattr(parameter, "__typing_prepare_subst__", None)
        if prepare is not None:
            items = prepare(alias, items)
    if len(items) != len(parameters):
        raise TypeError("Too %s arguments for %r; actual %d, expected %d" % (
            "many" if len(items) > len(parameters) else "few", alias, len(items), len(parameters)))
    bound = dict(zip(parameters, items))
    result = []
    for arg in args:
        if isinstance(arg, type):
            result.append(arg)
            continue
        splice = bool(getattr(arg, "__typing_is_unpacked_typevartuple__", False))
        if hasattr(arg, "__typing_subst__"):
            new = arg.__typing_subst__(bound[arg])
        else:
            nested = getattr(arg, "__parameters__", None)
            if isinstance(nested, tuple) and nested:
                chosen = []
                for each in nested:
                    value = bound.get(each, each)
                    # A TypeVarTuple (a parameter that iterates) bound to a tuple gives its items.
                    if each in bound and hasattr(type(each), "__iter__") and isinstance(value, tuple):
                        chosen.extend(value)
                    else:
                        chosen.append(value)
                new = arg[tuple(chosen)]
            else:
                new = arg
        if splice:
            result.extend(new)
        else:
            result.append(new)
    return tuple(result)


class GenericAlias:
    """Represent a PEP 585 generic type

E.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,)."""

    __module__ = "types"
    __slots__ = ("__origin__", "__args__", "__unpacked__", "_parameters")

    def __new__(cls, origin, args):
        self = object.__new__(cls)
        object.__setattr__(self, "__origin__", origin)
        object.__setattr__(self, "__args__", args if isinstance(args, tuple) else (args,))
        object.__setattr__(self, "__unpacked__", False)
        object.__setattr__(self, "_parameters", None)
        return self

    def __getattribute__(self, name):
        if name not in _PASSED_TO_ORIGIN_EXCEPT and name != "_parameters":
            return getattr(object.__getattribute__(self, "__origin__"), name)
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        raise AttributeError("readonly attribute")

    @property
    def __parameters__(self):
        parameters = object.__getattribute__(self, "_parameters")
        if parameters is None:
            parameters = _collect_parameters(object.__getattribute__(self, "__args__"))
            object.__setattr__(self, "_parameters", parameters)
        return parameters

    def __repr__(self):
        origin = object.__getattribute__(self, "__origin__")
        args = object.__getattribute__(self, "__args__")
        star = "*" if object.__getattribute__(self, "__unpacked__") else ""
        if not args:
            return star + _item_repr(origin) + "[()]"
        return star + _item_repr(origin) + "[" + ", ".join(_item_repr(arg) for arg in args) + "]"

    def __call__(self, *args, **kwargs):
        result = object.__getattribute__(self, "__origin__")(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except (AttributeError, TypeError):
            pass
        return result

    def __mro_entries__(self, bases):
        return (object.__getattribute__(self, "__origin__"),)

    def __getitem__(self, items):
        origin = object.__getattribute__(self, "__origin__")
        args = object.__getattribute__(self, "__args__")
        return GenericAlias(origin, _substitute(self, args, items))

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        get = object.__getattribute__
        return (get(self, "__origin__") == get(other, "__origin__")
                and get(self, "__args__") == get(other, "__args__")
                and get(self, "__unpacked__") == get(other, "__unpacked__"))

    def __hash__(self):
        get = object.__getattribute__
        return hash(get(self, "__origin__")) ^ hash(get(self, "__args__"))

    def __or__(self, other):
        return union(self, other)

    def __ror__(self, other):
        return union(other, self)

    def __instancecheck__(self, instance):
        raise TypeError("isinstance() argument 2 cannot be a parameterized generic")

    def __subclasscheck__(self, subclass):
        raise TypeError("issubclass() argument 2 cannot be a parameterized generic")

    def __reduce__(self):
        get = object.__getattribute__
        return GenericAlias, (get(self, "__origin__"), get(self, "__args__"))

    def __dir__(self):
        names = set(dir(object.__getattribute__(self, "__origin__")))
        names.update(_PASSED_TO_ORIGIN_EXCEPT)
        return sorted(names)

    @property
    def __typing_unpacked_tuple_args__(self):
        """The items of `*tuple[...]` (None for other aliases)."""
        get = object.__getattribute__
        if get(self, "__unpacked__") and get(self, "__origin__") is tuple:
            return get(self, "__args__")
        return None

    def __iter__(self):
        starred = GenericAlias(object.__getattribute__(self, "__origin__"), object.__getattribute__(self, "__args__"))
        object.__setattr__(starred, "__unpacked__", True)
        yield starred


def _unionable(value):
    return value is None or isinstance(value, (type, GenericAlias, UnionType))


def _same(a, b):
    if isinstance(a, GenericAlias) and isinstance(b, GenericAlias):
        return a == b
    return a is b


def union(left, right):
    """`left | right` for types and aliases; NotImplemented for anything else."""
    if not _unionable(left) or not _unionable(right):
        return NotImplemented
    members = []
    for side in (left, right):
        for each in (side.__args__ if isinstance(side, UnionType) else (side,)):
            each = type(None) if each is None else each
            if not any(_same(each, seen) for seen in members):
                members.append(each)
    if len(members) == 1:
        return members[0]
    return UnionType._make(tuple(members))


class UnionType:
    """Represent a PEP 604 union type

E.g. for int | str"""

    __module__ = "types"
    __slots__ = ("__args__", "_parameters")

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'types.UnionType' instances")

    @classmethod
    def _make(cls, args):
        self = object.__new__(cls)
        object.__setattr__(self, "__args__", args)
        object.__setattr__(self, "_parameters", None)
        return self

    def __setattr__(self, name, value):
        raise AttributeError("readonly attribute")

    @property
    def __parameters__(self):
        parameters = object.__getattribute__(self, "_parameters")
        if parameters is None:
            parameters = _collect_parameters(self.__args__)
            object.__setattr__(self, "_parameters", parameters)
        return parameters

    def __repr__(self):
        return " | ".join("None" if arg is type(None) else _item_repr(arg) for arg in self.__args__)

    def __or__(self, other):
        return union(self, other)

    def __ror__(self, other):
        return union(other, self)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return frozenset(self.__args__) == frozenset(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __getitem__(self, items):
        result = None
        for arg in _substitute(self, self.__args__, items):
            result = arg if result is None else result | arg
        return result

    def __instancecheck__(self, instance):
        for arg in self.__args__:
            if isinstance(arg, GenericAlias):
                raise TypeError("isinstance() argument 2 cannot be a parameterized generic")
        return any(isinstance(instance, arg) for arg in self.__args__)

    def __subclasscheck__(self, subclass):
        for arg in self.__args__:
            if isinstance(arg, GenericAlias):
                raise TypeError("issubclass() argument 2 cannot be a parameterized generic")
        return any(issubclass(subclass, arg) for arg in self.__args__)
