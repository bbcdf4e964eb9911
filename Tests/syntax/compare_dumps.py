"""Differential test of Tern's parser against CPython 3.11.

For every .py file given (or found under the given directories) this compares
CPython's `ast.dump(ast.parse(source))` with the output of Tern's dumper
(`astDumpMain`, e.g. `tern --dump-ast`). Files CPython rejects are compared by
error kind, message, line and offset instead.

Usage: python3 compare_dumps.py DUMPER PATH... [--show N] [--no-site-packages] [--positions]
With --positions, node positions (lineno, col_offset, end_lineno, end_col_offset)
are compared too; they can only agree on files whose lines are ASCII, since CPython
counts columns in UTF-8 bytes and Tern in code points.
"""
import ast
import os
import subprocess
import sys
import time



def collect(paths):
    for path in paths:
        if os.path.isdir(path):
            for root, _dirs, files in os.walk(path):
                for name in sorted(files):
                    if name.endswith(".py"):
                        yield os.path.join(root, name)
        else:
            yield path


POSITIONS = False


def cpython_result(source):
    """CPython's dump, or its error in the dumper's error format; None for input too deep for CPython."""
    try:
        tree = ast.parse(source)
    except SyntaxError as error:
        return "%s: %s (line %s, offset %s)" % (type(error).__name__, error.msg, error.lineno, error.offset)
    except (ValueError, RecursionError, MemoryError) as error:
        return None
    return ast.dump(tree, include_attributes=POSITIONS)


def main():
    arguments = sys.argv[1:]
    show = 10
    if "--show" in arguments:
        position = arguments.index("--show")
        show = int(arguments[position + 1])
        del arguments[position:position + 2]
    global POSITIONS
    POSITIONS = "--positions" in arguments
    exclude_site_packages = "--no-site-packages" in arguments
    arguments = [argument for argument in arguments if argument not in ("--no-site-packages", "--positions")]
    dumper, paths = arguments[0], arguments[1:]
    files = list(collect(paths))
    if exclude_site_packages:
        files = [path for path in files if "site-packages" not in path]
    expected = {}
    skipped_deep = skipped_encoding = 0
    for path in files:
        try:
            with open(path, "rb") as handle:
                data = handle.read()
            source = data.decode("utf-8-sig")  # files are read as CPython reads them: BOM dropped
        except (UnicodeDecodeError, OSError):
            skipped_encoding += 1
            continue
        if "\0" in source:
            skipped_encoding += 1
            continue
        result = cpython_result(source)
        if result is None:
            skipped_deep += 1
            continue
        expected[path] = result
    paths = list(expected)
    actual = {}
    started = time.time()
    batch = 40
    for start in range(0, len(paths), batch):
        chunk = paths[start:start + batch]
        process = subprocess.run([dumper] + (["--positions"] if POSITIONS else []) + chunk, capture_output=True, text=True, errors="replace")
        lines = process.stdout.split("\n")
        if process.returncode not in (0, 1) or len(lines) < len(chunk):
            for path in chunk:  # a crash: run one at a time to find it
                single = subprocess.run([dumper] + (["--positions"] if POSITIONS else []) + [path], capture_output=True, text=True, errors="replace")
                actual[path] = single.stdout.strip() or ("CRASH %d %s" % (single.returncode, single.stderr[-300:]))
            continue
        for path, line in zip(chunk, lines):
            actual[path] = line
    elapsed = time.time() - started
    matched = [path for path in paths if actual.get(path) == expected[path]]
    mismatched = [path for path in paths if actual.get(path) != expected[path]]
    errors_expected = sum(1 for path in paths if not expected[path].startswith("Module("))
    print("files compared: %d (CPython rejects %d of them), skipped: %d too deep, %d not UTF-8"
          % (len(paths), errors_expected, skipped_deep, skipped_encoding))
    print("identical to CPython: %d, different: %d   (Tern time %.1fs)" % (len(matched), len(mismatched), elapsed))
    for path in mismatched[:show]:
        want, got = expected[path], actual.get(path, "")
        index = next((i for i, (a, b) in enumerate(zip(want, got)) if a != b), min(len(want), len(got)))
        print("--", path)
        print("   cpython:", want[max(0, index - 70):index + 50])
        print("   tern:   ", got[max(0, index - 70):index + 50])
    return 0 if not mismatched else 1


if __name__ == "__main__":
    sys.exit(main())
