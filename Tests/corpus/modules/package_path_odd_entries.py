# A package's __path__ may hold anything; entries that are not str are skipped
# when its submodules are searched, as CPython's path finder does.
import _pkg

saved = _pkg.__path__
_pkg.__path__ = [1, None, b"bytes", "/nonexistent-folder"]
try:
    import _pkg.nothing_here
except ModuleNotFoundError as error:
    print("ModuleNotFoundError:", error)
_pkg.__path__ = "not a list"
try:
    import _pkg.nothing_either
except ModuleNotFoundError as error:
    print("ModuleNotFoundError:", error)
_pkg.__path__ = saved
print(sorted(name for name in dir(_pkg) if not name.startswith("__")))
