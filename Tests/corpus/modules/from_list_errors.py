# `from package import name`: a name that is no submodule is an ImportError for that
# name; a submodule that exists but fails to import raises its own error.
try:
    from _pkg_broken import inner
except ModuleNotFoundError as error:
    print("ModuleNotFoundError:", error, error.name)

try:
    from _pkg_broken import missing
except ImportError as error:
    print(type(error).__name__, error.name, str(error).split(" (")[0])

import _pkg_broken
print(sorted(name for name in vars(_pkg_broken) if not name.startswith("__")))
