"""_imp for Tern: the interpreter's side of CPython's importlib.

Tern's own importer (Sources/TernVM/Modules/Modules.swift) imports modules;
CPython's importlib (lib/_frozen_importlib.py) is a second, consistent view of it,
loaded only when a program imports importlib or reads a module's __spec__ or
__loader__. Its pieces that
CPython builds in C are here: built-in modules are Tern's native ones
(sys.builtin_module_names), there are no frozen modules and no C extensions, and the
.pyc files named by sys.implementation.cache_tag are Tern's own code cache, which
importlib's loaders leave to Tern's importer (lib/_frozen_importlib_external.py). Written in Python because it is
glue over sys.modules and importlib's own classes and never on a hot path.
"""

import sys
# importlib's _bootstrap._setup takes these from sys.modules, where CPython has them built in.
import _thread
import _warnings
import _weakref

check_hash_based_pycs = "default"

_lock_count = 0


def acquire_lock():
    global _lock_count
    _lock_count += 1


def release_lock():
    global _lock_count
    if _lock_count == 0:
        raise RuntimeError("not holding the import lock")
    _lock_count -= 1


def lock_held():
    return _lock_count > 0


def is_builtin(name):
    return 1 if name in sys.builtin_module_names else 0


def create_builtin(spec):
    name = spec.name
    if name not in sys.builtin_module_names:
        raise ImportError("no built-in module named " + name, name=name)
    module = sys.modules.get(name)
    return module if module is not None else __import__(name)


def exec_builtin(module):
    return 0


def extension_suffixes():
    return []


def create_dynamic(spec, file=None):
    raise ImportError("Tern cannot load C extension modules: " + str(spec.origin), name=spec.name, path=spec.origin)


def exec_dynamic(module):
    return 0


def is_frozen(name):
    return False


def find_frozen(name, *, withdata=False):
    return None


def _no_frozen(name):
    return ImportError("No such frozen object named %r" % (name,), name=name)


def get_frozen_object(name, data=None):
    raise _no_frozen(name)


def is_frozen_package(name):
    raise _no_frozen(name)


def init_frozen(name):
    return None


def _frozen_module_names():
    return ()


def _override_frozen_modules_for_tests(override):
    return None


def _fix_co_filename(code, path):
    # Code from Tern's code cache gets the name of the source it was found for, never another file's.
    if code.co_filename != path:
        raise NotImplementedError("Tern does not load code from .pyc files")


def source_hash(key, source):
    raise NotImplementedError("Tern writes no hash-based .pyc files")


# Module specs made on demand, for the VM (Sources/TernVM/Modules/ImportlibBridge.swift).

def _module_attribute(module, name):
    """module.__spec__ or module.__loader__ for a module Tern imported, which has
    neither until asked (making a ModuleSpec at every import would need importlib
    loaded always). Stores both in the module; AttributeError while importlib's
    bootstrap is itself loading (it makes them for the modules it needs then)."""
    bootstrap = sys.modules.get("_frozen_importlib")
    if bootstrap is None:
        if "_frozen_importlib" in sys.modules:
            # Blocked by a None entry (test.support's import_fresh_module does this to load
            # importlib from source): that importlib's _setup makes the specs itself.
            raise AttributeError(name)
        import _frozen_importlib as bootstrap
    if "_bootstrap_external" not in vars(bootstrap):
        raise AttributeError(name)
    spec, loader = _spec_and_loader(module, bootstrap, bootstrap._bootstrap_external)
    namespace = vars(module)
    namespace.setdefault("__spec__", spec)
    namespace.setdefault("__loader__", loader)
    return namespace[name]


def _spec_and_loader(module, bootstrap, external):
    namespace = vars(module)
    name = namespace.get("__name__")
    file = namespace.get("__file__")
    if name == "__main__":
        # In CPython: a script runs with __spec__ None and a loader for its file.
        return None, (external.SourceFileLoader(name, file) if isinstance(file, str) else bootstrap.BuiltinImporter)
    if name in sys.builtin_module_names:
        spec = bootstrap.ModuleSpec(name, bootstrap.BuiltinImporter, origin="built-in")
        return spec, spec.loader
    if not isinstance(name, str) or not isinstance(file, str):
        return None, None
    path = namespace.get("__path__")
    spec = external.spec_from_file_location(name, file, submodule_search_locations=path if isinstance(path, list) else None)
    return spec, spec.loader
