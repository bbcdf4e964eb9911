#!/usr/bin/env python3
"""CPython's command line on Tern, differentially: each case runs under CPython 3.11
and under Tern with the same options, environment and files, and stdout, stderr and
the exit status must match (the interpreter's own path is normalised). Covers -m
(modules, packages, their errors, __spec__ and __loader__), -O/-OO, -u, -B, -E, -I, -W, -X, bundled options
and the PYTHON* variables. Usage: run_cli_tests.py path/to/tern. Ends with
`N passed, N failed`."""
import os
import subprocess
import sys
import tempfile

from differential import find_cpython, run, write_files

TERN = os.path.abspath(sys.argv[1])
FILES = {
    "pkg/__init__.py": "print('init', __name__)\n",
    "pkg/__main__.py": "import sys\nprint(__name__, __package__, sys.argv[1:], __file__.endswith('pkg/__main__.py'))\n"
                       "print(__spec__.name, __spec__.origin == __file__, type(__loader__).__name__)\n",
    "pkg/sub.py": "import sys\nprint(__name__, __package__, sys.argv[1:], sys.argv[0].endswith('pkg/sub.py'))\n"
                  "print(__spec__.name, __spec__.parent, __spec__.origin == __file__, __loader__ is __spec__.loader)\n",
    "plain/__init__.py": "",
    "top.py": ("import sys, os\nprint(__name__, repr(__package__), sys.argv[1:], sys.path[0] == os.getcwd())\n"
               "print(__spec__.name, __spec__.has_location, type(__loader__).__name__)\n"),
    "fails.py": "def f():\n    raise ValueError('from -m')\nf()\n",
    "optimize.py": ('"""module doc"""\n'
                    "def f():\n    'function doc'\n\n"
                    "class C:\n    'class doc'\n\n"
                    "assert False, 'asserts run'\n"
                    "print(__debug__, __doc__, f.__doc__, C.__doc__)\n"),
    "where.py": ("import sys, os\nprint(os.path.dirname(os.path.abspath(__file__)) in sys.path, 'extra' in ' '.join(sys.path))\n"
                 "print(__spec__)\n"),
    "extra/found_on_pythonpath.py": "VALUE = 'found on PYTHONPATH'\n",
    "usepath.py": "import found_on_pythonpath\nprint(found_on_pythonpath.VALUE)\n",
}
CASES = [
    (["-m", "pkg", "a", "b"], {}),
    (["-m", "pkg.sub", "x"], {}),
    (["-m", "top", "1"], {}),
    (["-mtop"], {}),
    (["-m", "fails"], {}),
    (["-m", "nosuch"], {}),
    (["-m", "pkg.nosuch"], {}),
    (["-m", "nopkg.sub"], {}),
    (["-m", "plain"], {}),
    (["-m", "math"], {}),
    (["-m"], {}),
    (["optimize.py"], {}),
    (["-O", "optimize.py"], {}),
    (["-OO", "optimize.py"], {}),
    (["-O", "-c", "assert False; print(__debug__)"], {}),
    (["-Oc", "print(__debug__)"], {}),
    (["optimize.py"], {"PYTHONOPTIMIZE": "1"}),
    (["-E", "optimize.py"], {"PYTHONOPTIMIZE": "1"}),
    (["-u", "-c", "import sys\nprint('out 1')\nsys.stderr.write('err\\n')\nprint('out 2')"], {}),
    (["-B", "-c", "import sys; print(sys.dont_write_bytecode)"], {}),
    (["-c", "import sys; print(sys.dont_write_bytecode)"], {"PYTHONDONTWRITEBYTECODE": "1"}),
    (["-W", "ignore", "-Wdefault::DeprecationWarning", "-c", "import sys; print(sys.warnoptions)"], {}),
    (["-W", "error", "-c", "import sys; print(sys.warnoptions)"], {"PYTHONWARNINGS": "ignore,default"}),
    (["-X", "frozen_modules=off", "-Xtern", "-c", "import sys; print(sorted(sys._xoptions.items()))"], {}),
    (["where.py"], {}),
    (["-I", "where.py"], {}),
    (["usepath.py"], {"PYTHONPATH": "extra"}),
    (["-E", "usepath.py"], {"PYTHONPATH": "extra"}),
    (["-sSqB", "-c", "print('bundled')"], {}),
    (["-z"], {}),
]
results = []


def normalise(text, executable):
    return text.replace(os.path.realpath(executable), "PYTHON").replace(executable, "PYTHON")


with tempfile.TemporaryDirectory() as directory:
    write_files(directory, FILES)
    cpython_executable = find_cpython()
    tern_executable = subprocess.run([TERN, "-c", "import sys; print(sys.executable)"],
                                     capture_output=True, text=True).stdout.strip()
    for arguments, env in CASES:
        expected = run([cpython_executable], arguments, env, directory)
        actual = run([TERN], arguments, env, directory)
        expected_err = normalise(expected.stderr, cpython_executable)
        actual_err = normalise(actual.stderr, tern_executable)
        if arguments in (["-z"], ["-m"]):
            # The usage line names the program; the message and the status must agree.
            expected_err, actual_err = expected_err.splitlines()[0], actual_err.splitlines()[0]
        same = (expected.stdout, expected_err, expected.returncode) == (actual.stdout, actual_err, actual.returncode)
        results.append(same)
        label = " ".join(arguments) + ("" if not env else "  " + " ".join(f"{k}={v}" for k, v in env.items()))
        print(("ok   " if same else "FAIL ") + label)
        if not same:
            print("  CPython:", repr(expected.stdout), repr(expected_err), expected.returncode)
            print("  Tern:   ", repr(actual.stdout), repr(actual_err), actual.returncode)
print(f"{sum(results)} passed, {len(results) - sum(results)} failed")
sys.exit(0 if all(results) else 1)
