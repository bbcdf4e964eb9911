# OSError(errno, text) picks PEP 3151's subclass by errno; the hierarchy matches CPython's.
import errno

for code in (errno.ENOENT, errno.EEXIST, errno.EAGAIN, errno.EINPROGRESS, errno.ECHILD, errno.EPIPE,
             errno.ECONNABORTED, errno.ECONNREFUSED, errno.ECONNRESET, errno.EINTR, errno.ESRCH,
             errno.ETIMEDOUT, errno.EACCES, errno.EINVAL):
    error = OSError(code, "text")
    print(code, type(error).__name__, [base.__name__ for base in type(error).__mro__[1:-2]])
print(issubclass(BrokenPipeError, ConnectionError), issubclass(ConnectionError, OSError))
try:
    raise BlockingIOError(errno.EAGAIN, "would block")
except OSError as caught:
    print(repr(caught), caught.errno, caught.strerror)
print(object.__subclasshook__(int), int.__subclasshook__(str))
