"""The only module of the translator that touches the host: clock, phase markers, files, the C compiler.

Everything else in the translator is plain Python (classes, lists, dicts,
strings) so that small implementations such as Tern can run it.
"""

import sys
import os
import time

try:
    import tern as tern_module
except ImportError:
    tern_module = None

try:
    import __pypy__ as pypy_module
except ImportError:
    pypy_module = None

try:
    import subprocess as subprocess_module
except ImportError:
    subprocess_module = None


def clock_ns():
    """Monotonic clock in nanoseconds (CLOCK_MONOTONIC, the telemetry clock)."""
    return time.monotonic_ns()


def log_event(event, name):
    """Appends one telemetry event to the log named by TERN_LOG, if any."""
    path = os.environ.get("TERN_LOG")
    if not path:
        return
    line = '{"ev": "' + event + '", "t": ' + str(clock_ns()) + ', "name": "' + name + '"}\n'
    handle = open(path, "a")
    try:
        handle.write(line)
    finally:
        handle.close()


class Phase:
    """Marks one translation phase for Tern, PyPy or the telemetry log, and times it."""

    def __init__(self, name):
        self.name = name
        self.context = None
        self.started = 0
        self.elapsed_ns = 0

    def __enter__(self):
        self.started = clock_ns()
        if tern_module is not None:
            self.context = tern_module.phase(self.name)
            self.context.__enter__()
        elif pypy_module is not None and hasattr(pypy_module, "debug_start"):
            pypy_module.debug_start(self.name)
        else:
            log_event("phase_start", self.name)
        return self

    def __exit__(self, kind, value, traceback):
        if self.context is not None:
            self.context.__exit__(kind, value, traceback)
        elif pypy_module is not None and hasattr(pypy_module, "debug_stop"):
            pypy_module.debug_stop(self.name)
        else:
            log_event("phase_end", self.name)
        self.elapsed_ns = clock_ns() - self.started
        return False


def read_text(path):
    """Returns the whole text of a file."""
    handle = open(path, "r")
    try:
        return handle.read()
    finally:
        handle.close()


def write_text(path, text):
    """Writes a text file, replacing it."""
    handle = open(path, "w")
    try:
        handle.write(text)
    finally:
        handle.close()


def make_directory(path):
    """Creates a directory and its parents if missing."""
    if not os.path.isdir(path):
        os.makedirs(path)


def join_path(*parts):
    return os.path.join(*parts)


def base_name(path):
    return os.path.basename(path)


def directory_of(path):
    return os.path.dirname(os.path.abspath(path))


def path_exists(path):
    return os.path.exists(path)


def list_directory(path):
    return sorted(os.listdir(path))


def run_command(arguments, working_directory=None, timeout=None):
    """Runs a command; returns (exit code, stdout text, stderr text)."""
    if subprocess_module is not None:
        process = subprocess_module.Popen(arguments, stdout=subprocess_module.PIPE,
                                          stderr=subprocess_module.PIPE, cwd=working_directory)
        out, err = process.communicate(timeout=timeout)
        return process.returncode, out.decode("utf-8", "replace"), err.decode("utf-8", "replace")
    # Fallback without subprocess: os.system with redirection to temporary files.
    out_path = "/tmp/tern-translate-%d.out" % os.getpid()
    err_path = "/tmp/tern-translate-%d.err" % os.getpid()
    quoted = " ".join(["'" + a.replace("'", "'\\''") + "'" for a in arguments])
    if working_directory:
        quoted = "cd '" + working_directory + "' && " + quoted
    status = os.system(quoted + " >" + out_path + " 2>" + err_path)
    code = status >> 8 if status >= 0 else status
    return code, read_text(out_path), read_text(err_path)


def python_executable():
    return sys.executable


def exit_process(code):
    sys.exit(code)


def error_output(text):
    sys.stderr.write(text)
