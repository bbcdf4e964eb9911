"""Runs a file of CPython's standard library in a namespace Tern gives it: for modules
CPython builds from a library file under another name (its frozen importlib) and for
the part of a module Tern keeps its own version of (functools)."""

import sys

_HERE = __file__.rpartition("/")[0]


def run(relative_path, namespace):
    """Compiles and runs `relative_path` (as 'importlib/_bootstrap.py') from the first
    sys.path folder other than Tern's lib/ that has it, in `namespace`; ImportError
    when none has it."""
    for folder in sys.path:
        if not isinstance(folder, str) or folder == _HERE:
            continue
        path = (folder or ".") + "/" + relative_path
        try:
            with open(path) as file:
                source = file.read()
        except OSError:
            continue
        exec(compile(source, path, "exec"), namespace)
        return path
    raise ImportError("Tern found no %s of CPython's standard library on sys.path" % relative_path)
