# os.fork, os._exit, os.execv and the wait calls, and what a child does with the
# parent's unflushed output: a child that exits normally flushes its copy (so the
# text appears twice), one that leaves by os._exit drops it. The buffering cases run
# in a fresh interpreter (sys.executable) with stdout on a pipe, so they do not depend
# on how this test's own stdout is buffered.
import os
import subprocess
import sys


def fork():
    """os.fork with this test's output flushed first, so no child repeats it."""
    sys.stdout.flush()
    return os.fork()


pid = fork()
if pid == 0:
    os._exit(7)
waited, status = os.waitpid(pid, 0)
print(waited == pid, os.WIFEXITED(status), os.WEXITSTATUS(status), os.waitstatus_to_exitcode(status))

pid = fork()
if pid == 0:
    sys.exit(3)
status = os.waitpid(pid, 0)[1]
print("sys.exit(3):", os.waitstatus_to_exitcode(status))

pid = fork()
if pid == 0:
    os.kill(os.getpid(), 9)
waited, status = os.wait()
print(waited == pid, os.WIFSIGNALED(status), os.WTERMSIG(status), os.WIFEXITED(status), os.waitstatus_to_exitcode(status))

pid = fork()
if pid == 0:
    os.execv("/bin/sh", ["sh", "-c", "exit 12"])
print("execv:", os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
pid = fork()
if pid == 0:
    os.execve("/bin/sh", ["sh", "-c", 'exit "$CODE"'], {"CODE": "13"})
print("execve:", os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))

pid = fork()
if pid == 0:
    os._exit(0)
# WNOHANG: (0, 0) while the child runs, then its pid once it has exited.
while True:
    waited, status = os.waitpid(pid, os.WNOHANG)
    if waited:
        break
print(waited == pid, status)
try:
    os.waitpid(pid, 0)
except ChildProcessError as error:
    print(type(error).__name__, error)

for status in (0, 256, 0xff00, 9, 15 | 0x80, 0x137f, 0xffff):
    decoded = [os.WIFEXITED(status), os.WEXITSTATUS(status), os.WIFSIGNALED(status), os.WTERMSIG(status),
               os.WIFSTOPPED(status), os.WSTOPSIG(status), os.WCOREDUMP(status), os.WIFCONTINUED(status)]
    try:
        code = os.waitstatus_to_exitcode(status=status)
    except ValueError as error:
        code = str(error)
    print(hex(status), decoded, code)
for bad in ("x", 1.5):
    try:
        os.WIFEXITED(bad)
    except TypeError as error:
        print(type(error).__name__, error)
for call in (lambda: os.execv("/bin/true", []), lambda: os.execv("/bin/true", "ab"), lambda: os.execv("/bin/true", [""]),
             lambda: os.execve("/bin/true", ["true"], None), lambda: os.execv("/nonexistent", ["x"])):
    try:
        call()
    except (TypeError, ValueError, OSError) as error:
        print(type(error).__name__, error)

CHILD = """
import atexit, os, sys
atexit.register(print, "atexit ran in", "%s")
print("buffered before fork")
pid = os.fork()
if pid == 0:
    print("child text")
    %s
os.waitpid(pid, 0)
print("parent text")
"""
environment = {name: value for name, value in os.environ.items() if name != "PYTHONUNBUFFERED"}
for exit_call in ("sys.exit(0)", "os._exit(0)"):
    result = subprocess.run([sys.executable, "-c", CHILD % (exit_call, exit_call)], capture_output=True, text=True, env=environment)
    print(exit_call, result.returncode)
    print(result.stdout, end="")
