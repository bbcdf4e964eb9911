# Popen: pipes both ways with communicate(), timeouts, signals, the context manager,
# and the child-side options (preexec_fn, pass_fds, umask, start_new_session).
import os
import signal
import subprocess
import sys

process = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
print(process.communicate(input=b"line\n" * 3), process.returncode)
process = subprocess.Popen(["sh", "-c", "read first; echo got $first; echo oops >&2"],
                           stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
print(process.communicate("value\n"))
# More than a pipe holds, both ways at once.
big = b"0123456789abcdef" * 20000
process = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
output, _ = process.communicate(big)
print(len(output), output == big)
# Writing to a child that has exited is not an error.
process = subprocess.Popen(["true"], stdin=subprocess.PIPE)
process.wait()
print(process.communicate(b"x" * 100000), process.returncode)

# Reading line by line, and the with statement.
with subprocess.Popen(["printf", "a\\nb\\nc\\n"], stdout=subprocess.PIPE, text=True) as process:
    print([line for line in process.stdout])
print(process.returncode, process.stdout.closed)

# Timeouts: wait() and communicate() raise TimeoutExpired and the child lives on.
process = subprocess.Popen(["sleep", "5"], stdout=subprocess.PIPE)
try:
    process.wait(timeout=0.1)
except subprocess.TimeoutExpired as error:
    print("wait:", type(error).__name__, error.cmd, error.timeout)
try:
    process.communicate(timeout=0.1)
except subprocess.TimeoutExpired as error:
    print("communicate:", type(error).__name__, error.cmd)
print(process.poll())
process.kill()
print(process.communicate(), process.returncode)

# Signals make negative return codes.
# (SIGUSR1 rather than SIGINT: a child started from a background job inherits SIGINT ignored, and
# one signalled between fork and exec has the parent's SIGINT handler; either way sleep ran on.)
for stop in (lambda p: p.terminate(), lambda p: p.kill(), lambda p: p.send_signal(signal.SIGUSR1)):
    process = subprocess.Popen(["sleep", "5"])
    stop(process)
    print(process.wait(), process.returncode)

# Child-side options.
result = subprocess.run(["sh", "-c", "echo [$FROM_PREEXEC]"], preexec_fn=lambda: os.environ.update(FROM_PREEXEC="set"),
                        capture_output=True, text=True)
print(result.stdout, end="")
print("after preexec_fn:", os.environ.get("FROM_PREEXEC"))

def failing():
    raise ValueError("raised in the child")

try:
    subprocess.run(["true"], preexec_fn=failing)
except subprocess.SubprocessError as error:
    print(type(error).__name__, error)
print(subprocess.run(["sh", "-c", "umask"], umask=0o027, capture_output=True, text=True).stdout, end="")
read_end, write_end = os.pipe()
print(subprocess.run(["sh", "-c", "echo kept >&%d" % write_end], pass_fds=[write_end]).returncode)
os.close(write_end)
print(os.read(read_end, 100))
os.close(read_end)
read_end, write_end = os.pipe()
result = subprocess.run(["sh", "-c", "echo closed >&%d" % write_end], capture_output=True)
print(result.returncode, result.stdout)
os.close(write_end)
os.close(read_end)
result = subprocess.run(["sh", "-c", "test $(ps -o sid= -p $$) -eq $$ && echo leader"], start_new_session=True,
                        capture_output=True, text=True)
print(result.stdout, end="")
# restore_signals: the child gets SIGPIPE's default back (the parent ignores it), so
# `yes` dies quietly when `head` stops reading; without it, yes sees EPIPE and complains.
for restore in (True, False):
    result = subprocess.run(["sh", "-c", "yes | head -n 1"], capture_output=True, text=True, restore_signals=restore)
    print(restore, repr(result.stdout), result.stderr != "")
sys.stdout.flush()
print(subprocess.run(["echo", "straight to stdout"]).returncode)
