"""_contextvars for Tern: context variables (PEP 567) on Tern's one thread.

A Context maps variables to values; one context is current at a time. Context.run
makes a context current for the length of a call; ContextVar.set changes the current
context only. Contexts here are copied dicts (CPython shares a persistent map)."""

import _context_run


class _Missing:
    __slots__ = ()

    def __repr__(self):
        return "<Token.MISSING>"


_MISSING = _Missing()


class Context:
    __slots__ = ("_values", "_entered")

    def __init__(self):
        self._values = {}
        self._entered = False

    # run(callable, /, *args, **kwargs): makes this context current (the global _current)
    # for the length of the call; in Swift, as asyncio calls it for every callback.
    run = _context_run.run

    def copy(self):
        new = Context()
        new._values = dict(self._values)
        return new

    def __getitem__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError("a ContextVar key was expected, got %r" % (var,))
        return self._values[var]

    def get(self, var, default=None):
        if not isinstance(var, ContextVar):
            raise TypeError("a ContextVar key was expected, got %r" % (var,))
        return self._values.get(var, default)

    def __contains__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError("a ContextVar key was expected, got %r" % (var,))
        return var in self._values

    def __len__(self):
        return len(self._values)

    def __iter__(self):
        return iter(self._values)

    def keys(self):
        return self._values.keys()

    def values(self):
        return self._values.values()

    def items(self):
        return self._values.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._values == other._values

    __hash__ = None

    def __repr__(self):
        return "<_contextvars.Context object at %#x>" % id(self)


_current = Context()


def copy_context():
    return _current.copy()


class ContextVar:
    __slots__ = ("_name", "_default")

    def __init__(self, name, *, default=_MISSING):
        if not isinstance(name, str):
            raise TypeError("context variable name must be a str")
        self._name = name
        self._default = default

    @property
    def name(self):
        return self._name

    def get(self, *args):
        if len(args) > 1:
            raise TypeError("get expected at most 1 argument, got %d" % len(args))
        try:
            return _current._values[self]
        except KeyError:
            pass
        if args:
            return args[0]
        if self._default is not _MISSING:
            return self._default
        raise LookupError(self)

    def set(self, value):
        values = _current._values
        token = Token(_current, self, values.get(self, _MISSING))
        values[self] = value
        return token

    def reset(self, token):
        if not isinstance(token, Token):
            raise TypeError("expected an instance of Token, got %r" % (token,))
        if token._used:
            raise RuntimeError("%r has already been used once" % (token,))
        if token._var is not self:
            raise ValueError("%r was created by a different ContextVar" % (token,))
        if token._context is not _current:
            raise ValueError("%r was created in a different Context" % (token,))
        token._used = True
        if token._old_value is _MISSING:
            _current._values.pop(self, None)
        else:
            _current._values[self] = token._old_value

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    # Identity, as object's: a Python __hash__ would run for every lookup of the variable.
    __hash__ = object.__hash__

    def __repr__(self):
        default = "" if self._default is _MISSING else " default=%r" % (self._default,)
        return "<ContextVar name=%r%s at %#x>" % (self._name, default, id(self))


class Token:
    __slots__ = ("_context", "_var", "_old_value", "_used")
    MISSING = _MISSING

    def __init__(self, context, var, old_value):
        self._context = context
        self._var = var
        self._old_value = old_value
        self._used = False

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old_value

    def __repr__(self):
        return "<Token%s var=%r at %#x>" % (" used" if self._used else "", self._var, id(self))


for _class in (Context, ContextVar, Token):
    _class.__module__ = "_contextvars"
del _class
