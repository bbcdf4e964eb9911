"""os.PathLike for Tern's native os module, which binds it on first use (an ABC needs abc,
which programs that never ask for PathLike should not have to import)."""

import abc
from _collections_abc import _check_methods
from types import GenericAlias


class PathLike(abc.ABC):
    """Abstract base class for implementing the file system path protocol."""

    @abc.abstractmethod
    def __fspath__(self):
        """Return the file system path representation of the object."""
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return _check_methods(subclass, "__fspath__")
        return NotImplemented

    __class_getitem__ = classmethod(GenericAlias)


PathLike.__module__ = "os"
