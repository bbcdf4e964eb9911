"""Shallow and deep copies (copy.copy, copy.deepcopy)."""


class Error(Exception):
    pass


error = Error
_atomic = (type(None), int, float, bool, complex if "complex" in dir(__builtins__) else int, str, bytes, type, range,
           type(len), type(lambda: None), type(Ellipsis), type(NotImplemented))


def copy(x):
    """A shallow copy of x."""
    cls = type(x)
    if cls in _atomic or cls is tuple or cls is frozenset:
        return x
    if cls is list:
        return x[:]
    if cls is dict:
        return dict(x)
    if cls is set:
        return set(x)
    method = getattr(cls, "__copy__", None)
    if method is not None:
        return method(x)
    return _reconstruct(x, None)


def deepcopy(x, memo=None):
    """A deep copy of x (shared and cyclic references are copied once)."""
    if memo is None:
        memo = {}
    key = id(x)
    if key in memo:
        return memo[key]
    cls = type(x)
    if cls in _atomic:
        return x
    if cls is list:
        result = []
        memo[key] = result
        for item in x:
            result.append(deepcopy(item, memo))
        return result
    if cls is tuple:
        items = [deepcopy(item, memo) for item in x]
        if key in memo:
            return memo[key]
        result = x if all(a is b for a, b in zip(items, x)) else tuple(items)
        memo[key] = result
        return result
    if cls is dict:
        result = {}
        memo[key] = result
        for k, v in x.items():
            result[deepcopy(k, memo)] = deepcopy(v, memo)
        return result
    if cls is set or cls is frozenset:
        result = cls(deepcopy(item, memo) for item in x)
        memo[key] = result
        return result
    method = getattr(x, "__deepcopy__", None)
    if method is not None:
        result = method(memo)
        memo[key] = result
        return result
    return _reconstruct(x, memo)


def _reconstruct(x, memo):
    """Copies an instance of a user class: a new object of its class with its attributes."""
    cls = type(x)
    result = cls.__new__(cls)
    if memo is not None:
        memo[id(x)] = result
    state = getattr(x, "__dict__", None)
    if state:
        for name, value in state.items():
            setattr(result, name, deepcopy(value, memo) if memo is not None else value)
    if isinstance(x, list):
        result.extend(deepcopy(item, memo) if memo is not None else item for item in x)
    elif isinstance(x, dict):
        for k, v in x.items():
            result[k] = deepcopy(v, memo) if memo is not None else v
    elif isinstance(x, bytearray):
        bytearray.__init__(result, x)
    return result
