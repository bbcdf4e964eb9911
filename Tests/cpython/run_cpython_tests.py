#!/usr/bin/env python3
"""Runs modules of CPython 3.11's own regression tests (its `test` package) under Tern
and under CPython with unittest, and tabulates per module how many tests ran,
passed, failed, errored and were skipped, or why the module did not run (it failed
to import, crashed or timed out).

CPython's test package is read where it is installed (never copied here): from
--test-dir, else the `test` package of the python3 running this script. Tern runs
with TERN_STDLIB set to that package's library, so that `test.support` and the
standard library come from the same CPython.

    Tests/cpython/run_cpython_tests.py [--tern .build/release/tern] [--jobs 2]
        [--timeout 300] [--write-doc docs/compat.md] [--check Tests/cpython/baseline.json]
        [--write-baseline Tests/cpython/baseline.json] [MODULE ...]

With --check it exits 1 when a module passes fewer tests on Tern than the baseline
records (the suite may only get better); without modules it runs MODULES below."""

import argparse
import concurrent.futures
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DOC_MARK = "<!-- table: Tests/cpython/run_cpython_tests.py -->"
DEBIAN_TESTS = "/usr/lib/python3.11/test"

MODULES = [
    "test_augassign", "test_bool", "test_contains", "test_int", "test_long", "test_float",
    "test_complex", "test_cmath", "test_list", "test_tuple", "test_dict", "test_set", "test_string",
    "test_unicode", "test_bytes", "test_format", "test_fstring", "test_grammar", "test_syntax",
    "test_scope", "test_class", "test_descr", "test_exceptions", "test_generators", "test_iter",
    "test_itertools", "test_functools", "test_collections", "test_deque", "test_operator", "test_with",
    "test_contextlib", "test_math", "test_random", "test_heapq", "test_bisect", "test_re",
    "test_json", "test_struct", "test_weakref", "test_enum", "test_dataclasses", "test_typing",
    "test_argparse", "test_textwrap", "test_fractions", "test_statistics", "test_decimal",
    "test_datetime", "test_pathlib", "test_patma", "test_exception_group", "test_pprint",
    "test_unittest", "test_zlib", "test_gzip", "test_csv", "test_unicodedata", "test_hashlib",
    "test_hmac", "test_select", "test_subprocess", "test_coroutines", "test_asyncgen",
    "test_memoryio", "test_print",
]

# The quick modules `Tests/run_all.py` checks against the baseline on every run (about a
# minute): none starts processes or depends on timing.
FAST_MODULES = [
    "test_augassign", "test_bool", "test_contains", "test_int", "test_list", "test_dict",
    "test_set", "test_deque", "test_string", "test_grammar", "test_class", "test_scope", "test_generators",
    "test_with", "test_contextlib", "test_math", "test_cmath", "test_heapq", "test_bisect", "test_re",
    "test_json", "test_fractions", "test_textwrap", "test_pprint", "test_patma",
    "test_exception_group", "test_dataclasses", "test_csv", "test_zlib", "test_hmac",
    "test_memoryio", "test_print",
]

# Modules that load their tests twice, on a pure-Python module and on the C accelerator named
# here, which Tern has not: both sides run the pure half only, and the table says so.
PURE_HALF = {"test_datetime": "_datetime"}

# Runs in the child: imports test.NAME, runs its tests quietly, prints one JSON line.
DRIVER = r"""
import io, json, sys, unittest
PURE_HALF = %r
name = sys.argv[1]
try:
    module = __import__("test." + name, fromlist=["*"])
except BaseException as error:
    print("RESULT " + json.dumps({"import_error": type(error).__name__ + ": " + str(error)[:200]}), flush=True)
    raise SystemExit(0)
if name in PURE_HALF:
    # load_tests imports the tests twice, on the pure module and on its C accelerator; hand it
    # an empty module for the accelerated import so that it loads the pure half alone.
    import types
    fresh_import = module.import_fresh_module
    def pure_only(tests, fresh=(), blocked=(), **options):
        if PURE_HALF[name] in blocked:
            return fresh_import(tests, fresh=fresh, blocked=blocked, **options)
        return types.ModuleType(tests)
    module.import_fresh_module = pure_only
suite = unittest.defaultTestLoader.loadTestsFromName("test." + name)
result = unittest.TextTestRunner(stream=io.StringIO(), verbosity=0).run(suite)
# A test whose subtests fail counts once, as the test it is.
case = lambda test: getattr(test, "test_case", test).id()
failed = {case(test) for test, _ in result.failures} | {case(test) for test in result.unexpectedSuccesses}
errored = {case(test) for test, _ in result.errors} - failed
counts = {"run": result.testsRun, "failed": len(failed), "errored": len(errored), "skipped": len(result.skipped)}
counts["passed"] = max(0, counts["run"] - counts["failed"] - counts["errored"] - counts["skipped"])
print("RESULT " + json.dumps(counts), flush=True)
""" % (PURE_HALF,)


def cpython_test_dir(python):
    found = subprocess.run([python, "-c", "import os, test; print(os.path.dirname(test.__file__))"],
                           capture_output=True, text=True)
    return found.stdout.strip() if found.returncode == 0 else None


def run_module(command, name, timeout, env):
    """One module in a child process: its counts, or {"status": ...} when it gave none."""
    try:
        completed = subprocess.run(command + ["-c", DRIVER, name], capture_output=True, text=True,
                                   timeout=timeout, env=env, cwd="/tmp")
    except subprocess.TimeoutExpired:
        return {"status": "timeout"}
    for line in completed.stdout.splitlines():
        if line.startswith("RESULT "):
            result = json.loads(line[len("RESULT "):])
            if "import_error" in result:
                return {"status": "import failed", "detail": result["import_error"]}
            return result
    last = (completed.stderr.strip().splitlines() or ["exit status %d" % completed.returncode])[-1]
    return {"status": "crashed", "detail": last[:200]}


def cell(result):
    if "status" in result:
        return result["status"]
    return "%(run)d run, %(passed)d passed, %(failed)d failed, %(errored)d errors, %(skipped)d skipped" % result


def table(results):
    lines = ["| module | Tern | CPython 3.11 |", "|---|---|---|"]
    for name, (tern, cpython) in sorted(results.items()):
        label = name + " (pure half)" if name in PURE_HALF else name
        lines.append("| %s | %s | %s |" % (label, cell(tern), cell(cpython)))
    passed = sum(tern.get("passed", 0) for tern, _ in results.values())
    reference = sum(cpython.get("passed", 0) for _, cpython in results.values())
    lines.append("| **all** | **%d passed** | **%d passed** |" % (passed, reference))
    return "\n".join(lines)


def notes(results):
    lines = []
    for name, (tern, _) in sorted(results.items()):
        if tern.get("detail"):
            lines.append("- `%s` (%s): `%s`" % (name, tern["status"], tern["detail"].replace("`", "'")))
    return "\n".join(lines)


def write_doc(path, results):
    with open(path) as file:
        text = file.read()
    start = text.index(DOC_MARK) + len(DOC_MARK)
    end = text.index("<!-- end table -->")
    body = "\n\n" + table(results) + "\n\n" + (notes(results) + "\n\n" if notes(results) else "")
    with open(path, "w") as file:
        file.write(text[:start] + body + text[end:])


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("modules", nargs="*")
    parser.add_argument("--tern", default=os.path.join(ROOT, ".build/release/tern"))
    parser.add_argument("--python", default="python3", help="the CPython 3.11 to compare with")
    parser.add_argument("--test-dir", help="CPython's test package (default: the one --python imports)")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=300)
    parser.add_argument("--tern-only", action="store_true", help="do not run CPython")
    parser.add_argument("--fast", action="store_true", help="run the quick modules the test suite checks")
    parser.add_argument("--save", help="write both sides' counts to this JSON file")
    parser.add_argument("--cpython-from", help="take CPython's counts from a file --save wrote instead of running it")
    parser.add_argument("--write-doc", help="replace the table in this Markdown file")
    parser.add_argument("--write-baseline", help="record Tern's passed counts in this JSON file")
    parser.add_argument("--check", help="fail when a module passes fewer tests than this JSON baseline")
    options = parser.parse_args()

    test_dir = options.test_dir or cpython_test_dir(options.python)
    if test_dir and not os.path.exists(os.path.join(test_dir, "test_bool.py")) and os.path.exists(DEBIAN_TESTS):
        test_dir = DEBIAN_TESTS  # Debian's libpython3.11-testsuite, beside a python3 that has only test.support
    if not test_dir or not os.path.exists(os.path.join(test_dir, "support", "__init__.py")):
        sys.exit("no CPython test package with test.support found: pass --test-dir")
    if not any(name.startswith("test_") for name in os.listdir(test_dir)):
        sys.exit("%s has only test support files (Debian's split): pass --test-dir of a full test package" % test_dir)
    library = os.path.dirname(test_dir)
    tern_env = dict(os.environ, TERN_STDLIB=library, PYTHONHASHSEED="0")
    python_env = dict(os.environ, PYTHONPATH=library, PYTHONHASHSEED="0")
    modules = options.modules or (FAST_MODULES if options.fast else MODULES)

    results = {name: [{"status": "not run"}, {"status": "not run"}] for name in modules}
    if options.cpython_from:
        with open(options.cpython_from) as file:
            saved = json.load(file)
        for name in modules:
            results[name][1] = saved.get(name, [None, {"status": "not run"}])[1]
    with concurrent.futures.ThreadPoolExecutor(max_workers=options.jobs) as pool:
        futures = {}
        for name in modules:
            futures[pool.submit(run_module, [options.tern], name, options.timeout, tern_env)] = (name, 0)
            if not options.tern_only and not options.cpython_from:
                futures[pool.submit(run_module, [options.python], name, options.timeout, python_env)] = (name, 1)
        for future in concurrent.futures.as_completed(futures):
            name, side = futures[future]
            results[name][side] = future.result()
            if side == 0:
                print("%-22s %s" % (name, cell(results[name][0])), flush=True)

    print()
    print(table(results))
    if options.save:
        with open(options.save, "w") as file:
            json.dump(results, file, indent=1, sort_keys=True)
    if options.write_doc:
        write_doc(options.write_doc, results)
    if options.write_baseline:
        baseline = {name: tern.get("passed", 0) for name, (tern, _) in sorted(results.items())}
        with open(options.write_baseline, "w") as file:
            json.dump(baseline, file, indent=1, sort_keys=True)
            file.write("\n")
    if options.check:
        with open(options.check) as file:
            baseline = json.load(file)
        worse = [(name, results[name][0].get("passed", 0), baseline[name])
                 for name in modules if name in baseline and results[name][0].get("passed", 0) < baseline[name]]
        for name, now, before in worse:
            print("REGRESSION %s: %d passed, baseline %d" % (name, now, before))
        checked = len([name for name in modules if name in baseline])
        print("%d modules checked, %d below the baseline" % (checked, len(worse)))
        print("%d passed, %d failed" % (checked - len(worse), len(worse)))
        sys.exit(1 if worse else 0)


if __name__ == "__main__":
    main()
