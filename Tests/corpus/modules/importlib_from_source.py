# Loading importlib afresh from its source with the frozen bootstrap blocked, as
# test.support.import_helper.import_fresh_module does for CPython's own tests
# (test_importlib.util, imported by unittest's testpatch): the fresh
# importlib's _setup gives the modules already loaded their specs itself.
import sys

blocked = ("_frozen_importlib", "_frozen_importlib_external")
saved = {name: sys.modules.pop(name) for name in list(sys.modules)
         if name == "importlib" or name.startswith("importlib.") or name in blocked}
for name in blocked:
    sys.modules[name] = None
try:
    import importlib
    fresh = importlib
    print(fresh.__name__, fresh._bootstrap.__name__, fresh._bootstrap_external.__name__)
    print(type(sys.modules["sys"].__spec__).__name__, sys.modules["sys"].__spec__.name,
          sys.modules["sys"].__spec__.origin)
finally:
    for name in list(sys.modules):
        if name == "importlib" or name.startswith("importlib.") or name in blocked:
            del sys.modules[name]
    sys.modules.update(saved)

import importlib
print(importlib is not fresh, sys.modules["_frozen_importlib"] is not None)
print(importlib.import_module("string").__name__)
