#!/usr/bin/env python3
"""The compiled-code cache (__pycache__/NAME.tern-311.pyc) across processes, against
CPython: each step runs a command under CPython and under Tern, each in its own copy
of the same folder, and stdout, stderr and the exit status must match — a SyntaxWarning
is printed when a module is compiled, not when it is loaded from its cache, so the
output also shows which runs used the cache. Then Tern's own files are checked: which
were written, kept or rewritten. Usage: run_code_cache_tests.py path/to/tern. Ends
with `N passed, N failed`."""
import os
import shutil
import sys
import tempfile

from differential import find_cpython, run, write_files

TERN = os.path.abspath(sys.argv[1])
WARNS = 'def check(x):\n    return x is 1\n'
FILES = {
    "mod.py": (WARNS + "VALUE = 'first'\ndef fail():\n    raise ValueError(VALUE)\n"
               "try:\n    assert False\n    ASSERTS = False\nexcept AssertionError:\n    ASSERTS = True\n"),
    "pkg/__init__.py": WARNS + "NAME = 'pkg'\n",
    "pkg/sub.py": "from . import NAME\nSUB = NAME + '.sub'\n",
    "main.py": "import mod, pkg.sub\nprint('main', mod.VALUE, mod.ASSERTS, mod.check(1), pkg.sub.SUB)\n",
    "raises.py": "import mod\nmod.fail()\n",
    "late_no_write.py": "import sys\nsys.dont_write_bytecode = True\nimport mod\nprint(mod.VALUE)\n",
    "where.py": ("import importlib.util, os, sys\ntag = sys.implementation.cache_tag\n"
                 "for level in ('', 1, 2):\n"
                 "    path = importlib.util.cache_from_source(os.path.abspath('mod.py'), optimization=level)\n"
                 "    print(tag.endswith('-311'), os.path.relpath(path).replace(tag, 'TAG'))\n"),
}
results = []


def check(label, condition, detail=""):
    results.append(bool(condition))
    print(("ok   " if condition else "FAIL ") + label)
    if not condition and detail:
        print("  " + detail)


def tern_files(directory):
    found = {}
    for folder, _, names in os.walk(directory):
        for name in names:
            if ".tern-" in name:
                path = os.path.join(folder, name)
                found[os.path.relpath(path, directory)] = os.stat(path).st_mtime_ns
    return found


def edit(directories, name, text):
    for directory in directories:
        with open(os.path.join(directory, name), "w") as file:
            file.write(text)


with tempfile.TemporaryDirectory() as root:
    cpython_dir, tern_dir = os.path.join(root, "cpython"), os.path.join(root, "tern")
    for directory in (cpython_dir, tern_dir):
        write_files(directory, FILES)
    cpython_executable = find_cpython()

    def step(label, arguments, env=None):
        """Runs both; returns Tern's cache files after the run."""
        expected = run([cpython_executable], arguments, env or {}, cpython_dir)
        actual = run([TERN], arguments, env or {}, tern_dir)
        same = (expected.stdout, expected.stderr.replace(cpython_dir, "DIR"), expected.returncode) == \
               (actual.stdout, actual.stderr.replace(tern_dir, "DIR"), actual.returncode)
        check(label + ": " + " ".join(arguments), same,
              f"CPython: {expected.stdout!r} {expected.stderr!r} {expected.returncode}\n  Tern:    "
              f"{actual.stdout!r} {actual.stderr!r} {actual.returncode}")
        return tern_files(tern_dir)

    step("-B writes nothing", ["-B", "main.py"])
    check("  no cache file under -B", tern_files(tern_dir) == {})
    step("PYTHONDONTWRITEBYTECODE writes nothing", ["main.py"], {"PYTHONDONTWRITEBYTECODE": "1"})
    step("sys.dont_write_bytecode set at run time", ["late_no_write.py"])
    check("  still no cache file", tern_files(tern_dir) == {})
    written = step("first run compiles and writes", ["main.py"])
    check("  imported modules are cached, not the main script",
          sorted(written) == ["__pycache__/mod.tern-311.pyc", "pkg/__pycache__/__init__.tern-311.pyc",
                              "pkg/__pycache__/sub.tern-311.pyc"], str(sorted(written)))
    again = step("second run loads the cache (no SyntaxWarning)", ["main.py"])
    check("  cache files not rewritten", again == written)
    step("-B still reads the cache", ["-B", "main.py"])
    step("traceback lines come from the source", ["raises.py"])
    step("cache_from_source names Tern's file", ["where.py"])
    step("-c is not cached", ["-c", "import mod"])
    check("  no file for the main script or -c", "__pycache__/main.tern-311.pyc" not in tern_files(tern_dir))

    edit((cpython_dir, tern_dir), "mod.py", FILES["mod.py"].replace("'first'", "'second, longer'"))
    refreshed = step("an edited source is compiled again", ["main.py"])
    check("  its cache file is rewritten, the others kept",
          refreshed["__pycache__/mod.tern-311.pyc"] != written["__pycache__/mod.tern-311.pyc"]
          and refreshed["pkg/__pycache__/sub.tern-311.pyc"] == written["pkg/__pycache__/sub.tern-311.pyc"])
    step("and then loaded", ["main.py"])

    optimized = step("-O compiles and writes its own file", ["-O", "main.py"])
    check("  .opt-1 file", "__pycache__/mod.tern-311.opt-1.pyc" in optimized, str(sorted(optimized)))
    step("-O loads it (no assert)", ["-O", "main.py"])
    step("-OO", ["-OO", "main.py"])
    check("  .opt-2 file", "__pycache__/mod.tern-311.opt-2.pyc" in tern_files(tern_dir))
    step("without -O the plain file again (assert runs)", ["main.py"])

    cache = os.path.join(tern_dir, "__pycache__", "mod.tern-311.pyc")
    with open(cache, "rb") as file:
        good = file.read()
    for label, damaged in [("truncated", good[:len(good) // 2]), ("empty", b""), ("garbage", b"\x00junk" * 50),
                           ("a changed byte", good[:-5] + bytes([good[-5] ^ 1]) + good[-4:]),
                           ("another Tern build", good[:40] + bytes([good[40] ^ 1]) + good[41:])]:
        with open(cache, "wb") as file:
            file.write(damaged)
        run([TERN], ["main.py"], {}, tern_dir)   # CPython's side: its file is fine, so it prints no warning
        with open(cache, "rb") as file:
            check(f"a cache file {label} is compiled over and rewritten", file.read() == good)
    step("then loaded", ["main.py"])

    shutil.rmtree(os.path.join(tern_dir, "__pycache__"))
    with open(os.path.join(tern_dir, "__pycache__"), "w") as file:
        file.write("not a folder")
    first, second = (run([TERN], ["main.py"], {}, tern_dir) for _ in range(2))
    check("an unwritable __pycache__ is ignored: the module is compiled every time",
          first.returncode == second.returncode == 0 and "SyntaxWarning" in second.stderr, second.stderr)
    os.remove(os.path.join(tern_dir, "__pycache__"))

    # Tern's own runner of library files under another name (lib/_stdlib_source.py: the private
    # _pydecimal behind _decimal, the frozen importlib) goes through the same cache (none is there now).
    by_runner = ["-c", "import _stdlib_source; n = {}; _stdlib_source.run('mod.py', n); print(n['VALUE'])"]
    first, second = (run([TERN], by_runner, {}, tern_dir) for _ in range(2))
    check("_stdlib_source.run writes the cache file, then loads it (no SyntaxWarning)",
          first.stdout == second.stdout == "second, longer\n" and "SyntaxWarning" in first.stderr
          and "SyntaxWarning" not in second.stderr and os.path.exists(cache), f"{first!r}\n  {second!r}")
    shutil.rmtree(os.path.join(tern_dir, "__pycache__"))

    prefix = os.path.join(root, "prefix")
    for env in ({"PYTHONPYCACHEPREFIX": prefix}, {}):
        arguments = ["main.py"] if env else ["-X", "pycache_prefix=" + prefix, "main.py"]
        expected = run([TERN], arguments, env, tern_dir)
        mirrored = os.path.join(prefix, tern_dir.lstrip("/"), "mod.tern-311.pyc")
        check(f"sys.pycache_prefix ({' '.join(arguments)} {env}) mirrors the source's folder",
              expected.returncode == 0 and os.path.exists(mirrored) and not os.path.exists(os.path.join(tern_dir, "__pycache__", "mod.tern-311.pyc")))
        shutil.rmtree(prefix)
print(f"{sum(results)} passed, {len(results) - sum(results)} failed")
sys.exit(0 if all(results) else 1)
