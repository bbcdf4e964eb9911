"""Runs a file of CPython's standard library in a namespace Tern gives it: for modules
CPython builds from a library file under another name (its frozen importlib) and for
the part of a module Tern keeps its own version of (functools)."""

import sys
from tern import _module_code

_HERE = __file__.rpartition("/")[0]


def run(relative_path, namespace):
    """Runs `relative_path` (as 'importlib/_bootstrap.py') from the first
    sys.path folder other than Tern's lib/ that has it, in `namespace`, compiled or
    read from the compiled-code cache as an import would be; ImportError when none
    has it."""
    for folder in sys.path:
        if not isinstance(folder, str) or folder == _HERE:
            continue
        path = (folder or ".") + "/" + relative_path
        try:
            code = _module_code(path)
        except OSError:
            continue
        exec(code, namespace)
        return path
    raise ImportError("Tern found no %s of CPython's standard library on sys.path" % relative_path)
