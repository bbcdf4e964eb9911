"""_frozen_importlib_external for Tern: CPython's importlib/_bootstrap_external.py under
its frozen name; _frozen_importlib installs it."""

import _stdlib_source

_stdlib_source.run("importlib/_bootstrap_external.py", globals())
del _stdlib_source
