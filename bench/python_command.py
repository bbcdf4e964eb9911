"""How the benchmark harnesses start CPython and PyPy: one definition for bench/run and bench/micro/run.

A `python3` found on PATH is often a wrapper (a pyenv shim is a shell script
that execs the real interpreter), and `site` imports whatever `.pth` files the
installation carries. Neither is part of the interpreter being measured, and
Tern has no `site`, so both harnesses start the real executable with `-S`.
"""
import os
import subprocess


def real_executable(command):
    """The interpreter's own path (its sys.executable), or `command` itself when that cannot be asked."""
    try:
        process = subprocess.run([command, "-c", "import sys; print(sys.executable)"],
                                 stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    except OSError:
        raise SystemExit(f"cannot start {command!r}")
    path = process.stdout.strip()
    return path if process.returncode == 0 and os.path.exists(path) else command


def python_command(command, with_site=False):
    """The argument list that starts `command` as measured: real executable, and `-S` unless with_site."""
    return [real_executable(command)] + ([] if with_site else ["-S"])
