#!/usr/bin/env python3
"""Run the differential corpus (Tests/corpus/<area>/NAME.py) against an implementation.

A test passes when the implementation prints exactly NAME.out on stdout and, if
NAME.err exists, exits with the code on its first line and prints exactly the
rest of NAME.err on stderr; without NAME.err the exit code must be 0 and stderr
empty.  Stderr is compared whole (tracebacks with their source lines and `~^`
markers included) after one normalisation, `normalise_stderr`: the absolute path
of the program's own directory, which differs between checkouts, is removed
(`File "/.../corpus/area/NAME.py"` reads `File "NAME.py"`).  Optional
NAME.args gives one command-line argument per line; optional NAME.stdin is fed
to stdin (otherwise stdin is /dev/null).  Each program runs with its own
directory as the working directory and is named relatively (`impl NAME.py`).
Files and folders whose names start with `_` are support modules, not tests.

The last line printed is always `N passed, N failed` (plus `, N skipped` when
--pending is given); the exit code is 0 iff nothing failed.
"""

import argparse
import concurrent.futures
import difflib
import fnmatch
import os
import shlex
import shutil
import signal
import subprocess
import sys
import threading
import time

CORPUS_DIRECTORY = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus")


class Test:
    """One corpus program and the files that describe how to run and check it."""

    def __init__(self, corpus_directory, area, name):
        self.area = area
        self.name = name
        self.directory = os.path.join(corpus_directory, area)

    @property
    def identifier(self):
        return f"{self.area}/{self.name}.py"

    def sibling(self, extension):
        return os.path.join(self.directory, self.name + extension)

    def arguments(self):
        path = self.sibling(".args")
        if not os.path.exists(path):
            return []
        with open(path, encoding="utf-8") as handle:
            return handle.read().splitlines()

    def stdin_bytes(self):
        path = self.sibling(".stdin")
        if not os.path.exists(path):
            return None
        with open(path, "rb") as handle:
            return handle.read()


class Outcome:
    """What one run of a program produced."""

    def __init__(self, stdout, stderr, exit_code, timed_out):
        self.stdout = stdout
        self.stderr = stderr
        self.exit_code = exit_code
        self.timed_out = timed_out
        self.overflowed = False

    def describe_exit(self):
        """The exit code, naming the signal when the program was killed by one (a crash)."""
        if self.exit_code is not None and self.exit_code < 0:
            try:
                name = signal.Signals(-self.exit_code).name
            except ValueError:
                name = f"signal {-self.exit_code}"
            return f"{self.exit_code} (killed by {name})"
        return str(self.exit_code)

    def last_stderr_line(self):
        return last_nonempty_line(self.stderr)


def normalise_stderr(test, stderr):
    """Stderr as NAME.err records it: decoded, the program's directory path removed (see the module text)."""
    text = stderr.decode("utf-8", "replace")
    for directory in sorted({test.directory, os.path.realpath(test.directory)}, key=len, reverse=True):
        text = text.replace(directory + os.sep, "")
    return text


def error_record(test, outcome):
    """The text of NAME.err for an outcome, or None when none is written (exit 0, empty stderr)."""
    if outcome.exit_code == 0 and not outcome.stderr:
        return None
    return f"{outcome.exit_code}\n" + normalise_stderr(test, outcome.stderr)


def last_nonempty_line(data):
    """The last non-blank line of a byte string, decoded, without trailing spaces."""
    for line in reversed(data.decode("utf-8", "replace").splitlines()):
        if line.strip():
            return line.rstrip()
    return ""


def discover_tests(corpus_directory=CORPUS_DIRECTORY):
    """Every test in the corpus, sorted by area then name."""
    tests = []
    if not os.path.isdir(corpus_directory):
        return tests
    for area in sorted(os.listdir(corpus_directory)):
        area_directory = os.path.join(corpus_directory, area)
        if area.startswith((".", "_")) or not os.path.isdir(area_directory):
            continue
        for entry in sorted(os.listdir(area_directory)):
            if entry.endswith(".py") and not entry.startswith(("_", ".")):
                tests.append(Test(corpus_directory, area, entry[:-3]))
    return tests


def select_tests(tests, patterns):
    """Tests whose area equals a pattern, or whose `area/name.py`, `area/name` or `name` matches it as a glob."""
    if not patterns:
        return tests
    chosen = []
    for test in tests:
        for pattern in patterns:
            pattern = pattern.rstrip("/")
            if (test.area == pattern
                    or fnmatch.fnmatch(test.identifier, pattern)
                    or fnmatch.fnmatch(test.identifier[:-3], pattern)
                    or fnmatch.fnmatch(test.name, pattern)):
                chosen.append(test)
                break
    return chosen


def child_environment(hash_seed="0"):
    """The environment every program runs in: fixed hash seed, UTF-8 stdio, no .pyc files."""
    environment = dict(os.environ)
    environment["PYTHONHASHSEED"] = hash_seed
    environment["PYTHONIOENCODING"] = "utf-8"
    environment["PYTHONDONTWRITEBYTECODE"] = "1"
    return environment


def resolve_implementation(path):
    """An absolute path for the implementation, since programs run in their own directory."""
    if os.sep in path:
        return os.path.abspath(path)
    found = shutil.which(path)
    if found is None:
        sys.exit(f"run_corpus: implementation not found: {path}")
    return found


OUTPUT_LIMIT = 8 * 1024 * 1024  # bytes kept per stream; a runaway printer is killed past it


def kill_group(process):
    """Kill the program and anything it started (it runs in its own session)."""
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


def drain(stream, chunks, process, overflow):
    """Read a pipe to its end, keeping at most OUTPUT_LIMIT bytes and killing the program past that."""
    kept = 0
    while True:
        chunk = stream.read1(65536)
        if not chunk:
            break
        if kept < OUTPUT_LIMIT:
            chunks.append(chunk[:OUTPUT_LIMIT - kept])
        kept += len(chunk)
        if kept > OUTPUT_LIMIT and not overflow:
            overflow.append(True)
            kill_group(process)
    stream.close()


def feed(stream, data):
    """Write stdin data and close the pipe; a program that exits without reading it is fine."""
    try:
        if data:
            stream.write(data)
        stream.close()
    except (BrokenPipeError, OSError):
        pass


def run_program(command_prefix, test, timeout, hash_seed="0"):
    """Run one test program and capture what it did; a hang or a flood of output is killed with its group."""
    command = list(command_prefix) + [test.name + ".py"] + test.arguments()
    stdin_data = test.stdin_bytes()
    started = time.monotonic()
    process = subprocess.Popen(
        command,
        cwd=test.directory,
        stdin=subprocess.PIPE if stdin_data is not None else subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=child_environment(hash_seed),
        start_new_session=True,
    )
    stdout_chunks, stderr_chunks, overflow = [], [], []
    workers = [threading.Thread(target=drain, args=(process.stdout, stdout_chunks, process, overflow)),
               threading.Thread(target=drain, args=(process.stderr, stderr_chunks, process, overflow))]
    if stdin_data is not None:
        workers.append(threading.Thread(target=feed, args=(process.stdin, stdin_data)))
    for worker in workers:
        worker.start()
    timed_out = False
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        timed_out = True
        kill_group(process)
        process.wait()
    for worker in workers:
        worker.join()
    outcome = Outcome(b"".join(stdout_chunks), b"".join(stderr_chunks), process.returncode, timed_out)
    outcome.overflowed = bool(overflow)
    outcome.seconds = time.monotonic() - started
    return outcome


def expected_error(test):
    """NAME.err's text, or None when the program must exit 0 with nothing on stderr."""
    path = test.sibling(".err")
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8", newline="") as handle:
        return handle.read()


def short_diff(expected, got, limit=12):
    """The first lines of a unified diff between expected and actual output (bytes or text)."""
    decode = lambda data: data.decode("utf-8", "replace") if isinstance(data, bytes) else data
    expected_lines = decode(expected).splitlines()
    got_lines = decode(got).splitlines()
    diff = list(difflib.unified_diff(expected_lines, got_lines, "expected", "got", lineterm="", n=1))
    if len(diff) > limit:
        diff = diff[:limit] + [f"... ({len(diff) - limit} more diff lines)"]
    return diff


def check(test, outcome):
    """A list of problems (empty when the test passes)."""
    if outcome.timed_out:
        return ["timed out"]
    if outcome.overflowed:
        return [f"printed more than {OUTPUT_LIMIT} bytes on stdout or stderr"]
    problems = []
    with open(test.sibling(".out"), "rb") as handle:
        expected_stdout = handle.read()
    if outcome.stdout != expected_stdout:
        problems.append("stdout differs:")
        problems.extend("    " + line for line in short_diff(expected_stdout, outcome.stdout))
    expected = expected_error(test) or "0\n"
    got = error_record(test, outcome) or "0\n"
    expected_code, _, expected_stderr = expected.partition("\n")
    got_code, _, got_stderr = got.partition("\n")
    if got_code != expected_code:
        problems.append(f"exit code {outcome.describe_exit()}, expected {expected_code}; "
                        f"stderr ends: {outcome.last_stderr_line()!r}")
    if got_stderr != expected_stderr:
        problems.append("stderr differs:")
        problems.extend("    " + line for line in short_diff(expected_stderr, got_stderr))
    return problems


def read_pending(path):
    """Test identifiers (area/name.py) listed in a pending file; `#` starts a comment."""
    pending = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            line = line.split("#", 1)[0].strip()
            if line:
                pending.append(line if line.endswith(".py") else line + ".py")
    return pending


SELF_TEST_FILES = {
    "pass.py": 'print("ok")\n', "pass.out": "ok\n",
    "stdout_mismatch.py": 'print("actual")\n', "stdout_mismatch.out": "expected\n",
    "exit_expected.py": 'print("x")\nraise KeyError("a")\n', "exit_expected.out": "x\n",
    "exit_expected.err": "1\nTraceback (most recent call last):\n  File \"exit_expected.py\", line 2, in <module>\n"
                         "    raise KeyError(\"a\")\nKeyError: 'a'\n",
    "wrong_error.py": 'raise ValueError("v")\n', "wrong_error.out": "",
    "wrong_error.err": "1\nTraceback (most recent call last):\n  File \"wrong_error.py\", line 1, in <module>\n"
                       "    raise ValueError(\"v\")\nKeyError: 'a'\n",
    "marker_differs.py": 'x = {}\nprint(x["k"])\n', "marker_differs.out": "",
    "marker_differs.err": "1\nTraceback (most recent call last):\n  File \"marker_differs.py\", line 2, in <module>\n"
                          "    print(x[\"k\"])\nKeyError: 'k'\n",
    "stderr_only.py": 'import sys\nsys.stderr.write("note\\n")\n', "stderr_only.out": "",
    "unexpected_exit.py": "import sys\nsys.exit(2)\n", "unexpected_exit.out": "",
    "hang.py": "while True:\n    pass\n", "hang.out": "",
    "flood.py": 'while True:\n    print("x" * 4096)\n', "flood.out": "",
    "crash.py": "import os, signal\nos.kill(os.getpid(), signal.SIGSEGV)\n", "crash.out": "",
    "args_stdin.py": "import sys\nprint(sys.argv[1:], input())\n", "args_stdin.args": "a\nb c\n",
    "args_stdin.stdin": "line\n", "args_stdin.out": "['a', 'b c'] line\n",
    "_support.py": "X = 5\n", "uses_support.py": "import _support\nprint(_support.X)\n", "uses_support.out": "5\n",
    "pending_fails.py": 'print("no")\n', "pending_fails.out": "yes\n",
    "pending_passes.py": 'print("yes")\n', "pending_passes.out": "yes\n",
}


def self_test():
    """Run this script on a throw-away corpus whose outcomes are known, and check every count it reports."""
    import tempfile
    with tempfile.TemporaryDirectory() as directory:
        area = os.path.join(directory, "sample")
        os.mkdir(area)
        for name, text in SELF_TEST_FILES.items():
            with open(os.path.join(area, name), "w", encoding="utf-8") as handle:
                handle.write(text)
        pending = os.path.join(directory, "pending.txt")
        with open(pending, "w", encoding="utf-8") as handle:
            handle.write("# known failures\nsample/pending_fails.py\nsample/pending_passes\nsample/ghost.py\n")
        base = [sys.executable, os.path.abspath(__file__), "--corpus", directory, "--impl", sys.executable,
                "--impl-args", "-S", "--timeout", "2"]
        checks = [
            (base + ["--pending", pending], 1, "4 passed, 10 failed, 1 skipped",
             ["FAIL sample/hang.py", "timed out", "printed more than", "killed by SIGSEGV", "now passes: remove it from the pending list",
              "sample/ghost.py: listed as pending but no such test exists", "-expected", "+actual",
              "exit code 2, expected 0", "-KeyError: 'a'", "+ValueError: v", "+          ~^^^^^",
              "FAIL sample/stderr_only.py", "+note"]),
            (base + ["pass", "sample/args_stdin.py", "uses_*", "exit_expected"], 0, "4 passed, 0 failed", []),
            (base + ["--list"], 0, "14 tests", ["sample/uses_support.py"]),
        ]
        problems = []
        for command, expected_code, expected_last_line, expected_fragments in checks:
            result = subprocess.run(command, capture_output=True, text=True)
            lines = result.stdout.splitlines()
            last_line = lines[-1] if lines else ""
            if result.returncode != expected_code or last_line != expected_last_line:
                problems.append(f"{command[len(base):]}: exit {result.returncode}, last line {last_line!r}; "
                                f"expected exit {expected_code}, {expected_last_line!r}")
            for fragment in expected_fragments:
                if fragment not in result.stdout:
                    problems.append(f"{command[len(base):]}: output lacks {fragment!r}")
    for problem in problems:
        print("self-test FAIL:", problem)
    print("self-test passed" if not problems else f"self-test: {len(problems)} problems")
    return 0 if not problems else 1


def join_option_values(arguments):
    """Rewrite `--impl-args VALUE` as `--impl-args=VALUE` so values starting with '-' parse."""
    joined = []
    index = 0
    while index < len(arguments):
        if arguments[index] == "--impl-args" and index + 1 < len(arguments):
            joined.append("--impl-args=" + arguments[index + 1])
            index += 2
        else:
            joined.append(arguments[index])
            index += 1
    return joined


def main():
    parser = argparse.ArgumentParser(description="Run the Tern differential corpus.")
    parser.add_argument("--impl", default="python3", help="implementation to run (default python3)")
    parser.add_argument("--impl-args", default="", help="arguments placed before the script path")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds per program")
    parser.add_argument("--pending", help="file listing tests known not to pass yet")
    parser.add_argument("--hash-seed", default="0",
                        help="PYTHONHASHSEED for the programs (run CPython with other seeds to prove "
                             "no expected output depends on string hashing)")
    parser.add_argument("--list", action="store_true", help="print the selected tests and stop")
    parser.add_argument("--write-pending", metavar="FILE",
                        help="write the tests that fail (or stay pending) to FILE, to start or refresh a pending list")
    parser.add_argument("--corpus", default=CORPUS_DIRECTORY, help="corpus directory (default Tests/corpus)")
    parser.add_argument("--self-test", action="store_true",
                        help="check the runner itself against a small corpus of known outcomes")
    parser.add_argument("--verbose", action="store_true", help="print every test's status")
    parser.add_argument("--times", metavar="FILE", help="write each program's wall time in seconds, slowest first")
    parser.add_argument("patterns", nargs="*", help="areas or name patterns")
    options = parser.parse_args(join_option_values(sys.argv[1:]))
    if options.self_test:
        return self_test()

    corpus_directory = os.path.abspath(options.corpus)
    tests = select_tests(discover_tests(corpus_directory), options.patterns)
    if options.list:
        for test in tests:
            print(test.identifier)
        print(f"{len(tests)} tests")
        return 0

    pending = set()
    stale_pending = []
    if options.pending:
        known = {test.identifier for test in discover_tests(corpus_directory)}
        for identifier in read_pending(options.pending):
            if identifier in known:
                pending.add(identifier)
            else:
                stale_pending.append(identifier)

    command_prefix = [resolve_implementation(options.impl)] + shlex.split(options.impl_args)
    results = {}
    seconds = {}
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, options.jobs)) as pool:
        futures = {pool.submit(run_program, command_prefix, test, options.timeout, options.hash_seed): test for test in tests}
        for future in concurrent.futures.as_completed(futures):
            test = futures[future]
            try:
                seconds[test.identifier] = future.result().seconds
                results[test.identifier] = check(test, future.result())
            except Exception as error:  # A runner problem is reported as that test's failure.
                results[test.identifier] = [f"runner error: {error!r}"]

    tally = {}
    passed = failed = skipped = 0
    for test in tests:
        problems = results[test.identifier]
        area_counts = tally.setdefault(test.area, [0, 0, 0])
        is_pending = test.identifier in pending
        if is_pending and problems:
            skipped += 1
            area_counts[2] += 1
            if options.verbose:
                print(f"pending {test.identifier}")
        elif is_pending:
            failed += 1
            area_counts[1] += 1
            print(f"FAIL {test.identifier}: now passes: remove it from the pending list")
        elif problems:
            failed += 1
            area_counts[1] += 1
            print(f"FAIL {test.identifier}")
            for problem in problems:
                print("  " + problem)
        else:
            passed += 1
            area_counts[0] += 1
            if options.verbose:
                print(f"ok   {test.identifier}")
    for identifier in stale_pending:
        failed += 1
        print(f"FAIL {identifier}: listed as pending but no such test exists")
    if options.times:
        with open(options.times, "w", encoding="utf-8") as handle:
            for identifier, elapsed in sorted(seconds.items(), key=lambda item: -item[1]):
                handle.write(f"{elapsed:8.2f}  {identifier}\n")
    if options.write_pending:
        still_failing = [test.identifier for test in tests if results[test.identifier]]
        with open(options.write_pending, "w", encoding="utf-8") as handle:
            handle.write(f"# Tests known not to pass yet with {' '.join(command_prefix)}; one per line.\n")
            handle.write("# Written by run_corpus.py --write-pending; remove a line when its test passes.\n")
            handle.writelines(identifier + "\n" for identifier in still_failing)
        print(f"wrote {len(still_failing)} pending tests to {options.write_pending}")

    print()
    width = max([len(area) for area in tally] + [4])
    for area, (area_passed, area_failed, area_skipped) in sorted(tally.items()):
        line = f"  {area:<{width}}  {area_passed:4d} passed  {area_failed:4d} failed"
        if options.pending:
            line += f"  {area_skipped:4d} skipped"
        print(line)
    summary = f"{passed} passed, {failed} failed"
    if options.pending:
        summary += f", {skipped} skipped"
    print(summary)
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
