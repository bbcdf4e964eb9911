# A bound method's __doc__ is its function's __doc__ as attribute lookup finds it,
# including one functools.wraps copied into the wrapper's __dict__.
import functools


def decorate(function):
    @functools.wraps(function)
    def wrapper(*args):
        return function(*args)
    return wrapper


class T:
    @decorate
    def wrapped(self):
        """Docstring of the wrapped method."""

    def plain(self):
        """Docstring of the plain method."""

    def undocumented(self):
        pass


t = T()
print(t.wrapped.__doc__)
print(t.plain.__doc__)
print(t.undocumented.__doc__)
T.plain.__doc__ = "changed"
print(t.plain.__doc__)
print(t.__init__.__doc__ == object.__init__.__doc__)
