"""The builtins aiter() and anext() for Tern, bound into builtins the first time a
program names them. anext(iterator, default) returns an awaitable that gives `default`
where the iterator's __anext__() awaitable would raise StopAsyncIteration."""


def aiter(async_iterable, /):
    method = getattr(type(async_iterable), "__aiter__", None)
    if method is None:
        raise TypeError("'%s' object is not an async iterable" % type(async_iterable).__name__)
    iterator = method(async_iterable)
    if not hasattr(type(iterator), "__anext__"):
        raise TypeError("aiter() returned not an async iterator of type '%s'" % type(iterator).__name__)
    return iterator


_missing = object()


def anext(aiterator, default=_missing, /):
    method = getattr(type(aiterator), "__anext__", None)
    if method is None:
        raise TypeError("'%s' object is not an async iterator" % type(aiterator).__name__)
    awaitable = method(aiterator)
    if default is _missing:
        return awaitable
    return anext_awaitable(awaitable, default)


class anext_awaitable:
    __slots__ = ("_awaitable", "_default", "_iterator")

    def __init__(self, awaitable, default):
        self._awaitable, self._default, self._iterator = awaitable, default, None

    def _await_iterator(self):
        if self._iterator is None:
            method = getattr(type(self._awaitable), "__await__", None)
            if method is None:
                raise TypeError("'%s' object can't be awaited" % type(self._awaitable).__name__)
            self._iterator = method(self._awaitable)
        return self._iterator

    def _step(self, call, *arguments):
        try:
            return call(*arguments)
        except StopAsyncIteration:
            raise StopIteration(self._default) from None

    def __await__(self):
        return self

    def __iter__(self):
        return self

    def __next__(self):
        return self.send(None)

    def send(self, value, /):
        return self._step(self._await_iterator().send, value)

    def throw(self, *arguments):
        return self._step(self._await_iterator().throw, *arguments)

    def close(self):
        iterator = self._await_iterator()
        close = getattr(iterator, "close", None)
        return close() if close is not None else None
