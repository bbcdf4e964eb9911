"""The finders a program puts on sys.meta_path (six's `six.moves` importer, ...), asked by
Tern's importer for a module it found neither built in nor as a source file on the path.

In CPython every import asks sys.meta_path first; Tern's importer searches its native
modules and the path itself and asks these finders only after that search failed, so a
finder that shadows an existing module is not consulted. importlib's own finders
(installed when a program imports importlib) are skipped: they search the same places."""

import sys

_IMPORTLIB_MODULES = ("_frozen_importlib", "_frozen_importlib_external")


def find_and_load(name, path):
    """The module the first finder on sys.meta_path that knows `name` creates and runs,
    or None when none does. `path` is the parent package's __path__ (None at top level)."""
    for finder in list(sys.meta_path):
        if getattr(finder, "__module__", None) in _IMPORTLIB_MODULES:
            continue
        find_spec = getattr(finder, "find_spec", None)
        if find_spec is not None:
            spec = find_spec(name, path, None)
        else:
            find_module = getattr(finder, "find_module", None)
            loader = find_module(name, path) if find_module is not None else None
            spec = None
            if loader is not None:
                import _frozen_importlib
                spec = _frozen_importlib.spec_from_loader(name, loader)
        if spec is not None:
            import _frozen_importlib
            return _frozen_importlib._load(spec)
    return None
