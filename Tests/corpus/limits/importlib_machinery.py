# CPython's importlib on top of the interpreter's own importer: specs, finders,
# loaders, import_module, reload, and module_from_spec.
import importlib
import importlib.abc
import importlib.machinery
import importlib.util
import os
import sys
import types

json = importlib.import_module("json")
spec = json.__spec__
print(json.__name__, spec.name, spec.parent, type(spec.loader).__name__)
print(os.path.basename(spec.origin), spec.has_location, spec.submodule_search_locations is not None)
print(json.__loader__ is spec.loader, spec.loader.is_package("json"))

decoder = importlib.import_module(".decoder", "json")
print(decoder.__name__, decoder.__spec__.parent, decoder.__package__)

spec = importlib.util.find_spec("textwrap")
print(spec.name, type(spec.loader).__name__, os.path.basename(spec.origin))
print(importlib.util.find_spec("no_such_module_here"))
print(importlib.util.find_spec("sys"))
print(sys.__spec__.origin, sys.__loader__.__name__)
print(importlib.util.resolve_name(".x", "a.b"), importlib.util.resolve_name("..y", "a.b"))
print(__spec__)

print([finder.__name__ for finder in sys.meta_path if isinstance(finder, type)])
print(importlib.machinery.SOURCE_SUFFIXES, importlib.machinery.BYTECODE_SUFFIXES)
print(issubclass(importlib.machinery.SourceFileLoader, importlib.abc.Loader))

try:
    importlib.import_module("no_such_module_here")
except ModuleNotFoundError as error:
    print(type(error).__name__, error, error.name)
try:
    importlib.import_module(".decoder")
except TypeError as error:
    print(type(error).__name__, error)

# A module written to a folder of its own, imported, changed and reloaded.
folder = "/tmp/tern_importlib_machinery_%d" % os.getpid()
os.mkdir(folder)
path = os.path.join(folder, "reloaded_example.py")
with open(path, "w") as file:
    file.write("VALUE = 1\n")
sys.path.insert(0, folder)
try:
    import reloaded_example
    print(reloaded_example.VALUE, reloaded_example.__spec__.name)
    with open(path, "w") as file:
        file.write("VALUE = 2\nEXTRA = 'new'\n")
    again = importlib.reload(reloaded_example)
    print(again is reloaded_example, reloaded_example.VALUE, reloaded_example.EXTRA)

    loader = importlib.machinery.SourceFileLoader("loaded_by_hand", path)
    spec = importlib.util.spec_from_loader("loaded_by_hand", loader)
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    print(module.__name__, module.VALUE, module.__spec__ is spec, "loaded_by_hand" in sys.modules)
    print(loader.get_source("loaded_by_hand").splitlines())

    spec = importlib.util.spec_from_file_location("from_location", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    print(module.EXTRA, os.path.basename(module.__file__))
finally:
    sys.path.remove(folder)
    os.remove(path)
    os.rmdir(folder)

module = types.ModuleType("made", "its doc")
print(module, module.__doc__, module.__spec__, module.__loader__, module.__package__)
print(importlib.util.module_from_spec(importlib.machinery.ModuleSpec("bare", None)))
