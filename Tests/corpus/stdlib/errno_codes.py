# errno: names, numbers and errorcode; OSError subclasses chosen by errno.
import errno

print(errno.ENOENT, errno.EACCES, errno.EEXIST, errno.EAGAIN == errno.EWOULDBLOCK, errno.EINTR)
print(errno.errorcode[errno.ENOENT], errno.errorcode[11], errno.errorcode[95], len(errno.errorcode) > 100)
print(sorted(name for name in dir(errno) if name.startswith("E"))[:8])
try:
    open("/no/such/file")
except OSError as error:
    print(error.errno == errno.ENOENT, type(error).__name__)
