"""_frozen_importlib for Tern: CPython's importlib/_bootstrap.py under the name CPython
gives it when it freezes it into the interpreter, installed the way CPython's start-up
installs it (its finders on sys.meta_path, the path-based ones from
_frozen_importlib_external). Tern's own importer still does every `import`; this is
loaded only when a program imports importlib or reads a module's __spec__ or
__loader__ (lib/_imp.py)."""

import _stdlib_source
import _imp
import sys

_stdlib_source.run("importlib/_bootstrap.py", globals())
del _stdlib_source
_install(sys, _imp)
_install_external_importers()
