"""object.__reduce__, __reduce_ex__ and __getstate__: how copy and pickle take an
object apart when its class says nothing itself (CPython's typeobject.c does this in C)."""

import copyreg


def getstate(obj, required=False):
    cls = type(obj)
    try:
        state = obj.__dict__
    except AttributeError:
        state = None
    else:
        state = dict(state) if state else None
    slots = {}
    # copyreg._slotnames caches the names on the class (__slotnames__), as CPython's C reduce does.
    for name in copyreg._slotnames(cls):
        try:
            slots[name] = getattr(obj, name)
        except AttributeError:
            pass
    if required and state is None and not slots and cls is not object and cls.__module__ == "builtins":
        raise TypeError("cannot pickle %r object" % cls.__name__)
    return (state, slots) if slots else state


def reduce_ex(obj, protocol):
    if protocol < 2:
        return copyreg._reduce_ex(obj, protocol)
    cls = type(obj)
    arguments, keywords = (), None
    getnewargs_ex = getattr(obj, "__getnewargs_ex__", None)
    if getnewargs_ex is not None:
        result = getnewargs_ex()
        if not isinstance(result, tuple) or len(result) != 2:
            raise TypeError("__getnewargs_ex__ should return a tuple of length 2, not %r" % type(result).__name__)
        arguments, keywords = result
        if not isinstance(arguments, tuple):
            raise TypeError("first item of the tuple returned by __getnewargs_ex__ must be a tuple, not %r" % type(arguments).__name__)
        if not isinstance(keywords, dict):
            raise TypeError("second item of the tuple returned by __getnewargs_ex__ must be a dict, not %r" % type(keywords).__name__)
        has_arguments = True
    else:
        getnewargs = getattr(obj, "__getnewargs__", None)
        has_arguments = getnewargs is not None
        if has_arguments:
            arguments = getnewargs()
            if not isinstance(arguments, tuple):
                raise TypeError("__getnewargs__ should return a tuple, not %r" % type(arguments).__name__)
    if keywords:
        creator, creator_arguments = copyreg.__newobj_ex__, (cls, arguments, keywords)
    else:
        creator, creator_arguments = copyreg.__newobj__, (cls,) + arguments
    state_of = getattr(obj, "__getstate__")
    state = state_of() if type(obj).__getstate__ is not object.__getstate__ else \
        getstate(obj, required=not has_arguments and not isinstance(obj, (list, dict)))
    list_items = iter(obj) if isinstance(obj, list) else None
    dict_items = iter(obj.items()) if isinstance(obj, dict) else None
    return creator, creator_arguments, state, list_items, dict_items
