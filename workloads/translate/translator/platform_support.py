"""The only module of the translator that touches the host: clock, phase markers, files, the C compiler.

Everything else in the translator is plain Python (classes, lists, dicts,
strings) so that small implementations such as Tern can run it.
"""

import sys

# Every host facility is optional, so that young implementations (Tern today) can run the phases.
try:
    import os
except ImportError:
    os = None

try:
    import time
except ImportError:
    time = None

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
    """Monotonic clock in nanoseconds (CLOCK_MONOTONIC, the telemetry clock); 0 without a time module."""
    if time is None:
        return 0
    return time.monotonic_ns()


def log_event(event, name):
    """Appends one telemetry event to the log named by TERN_LOG, if any."""
    if os is None:
        return
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
        if tern_module is not None and hasattr(tern_module, "phase"):
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
    """Creates a directory and its parents if missing (without os, it must exist already)."""
    if os is None:
        return
    if not os.path.isdir(path):
        os.makedirs(path)


def join_path(*parts):
    result = ""
    for part in parts:
        if part.startswith("/") or result == "":
            result = part
        elif result.endswith("/"):
            result = result + part
        else:
            result = result + "/" + part
    return result


def absolute_path(path):
    """The absolute form of a path (unchanged without os)."""
    if os is None:
        return path
    return os.path.abspath(path)


def base_name(path):
    return path[path.rfind("/") + 1:]


def directory_of(path):
    if os is not None:
        return os.path.dirname(os.path.abspath(path))
    position = path.rfind("/")
    if position < 0:
        return "."
    if position == 0:
        return "/"
    return path[:position]


def path_exists(path):
    if os is not None:
        return os.path.exists(path)
    try:
        handle = open(path, "r")
    except Exception:
        return False
    handle.close()
    return True


def can_run_commands():
    return subprocess_module is not None or (os is not None and hasattr(os, "system"))


def start_command(arguments):
    """Starts a command in the background when subprocess exists; returns a handle or None."""
    if subprocess_module is None:
        return None
    return subprocess_module.Popen(arguments, stdout=subprocess_module.PIPE, stderr=subprocess_module.PIPE)


def finish_command(handle):
    """Waits for a command started by start_command; returns (exit code, stdout, stderr)."""
    out, err = handle.communicate()
    return handle.returncode, out.decode("utf-8", "replace"), err.decode("utf-8", "replace")


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


def peak_memory_kb():
    """This process's peak resident set (VmHWM) in KB, or -1 where /proc is missing."""
    try:
        handle = open("/proc/self/status", "r")
    except (OSError, IOError):
        return -1
    try:
        for line in handle.read().split("\n"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    finally:
        handle.close()
    return -1


def python_executable():
    return sys.executable


def exit_process(code):
    sys.exit(code)


def error_output(text):
    sys.stderr.write(text)
