# socket.socketpair: a connected pair of AF_UNIX stream sockets — sending and receiving,
# blocking modes and timeouts, closing and detaching, and the errors.
import errno
import socket

a, b = socket.socketpair()
print(a.family, a.type, a.proto, b.family, b.type)
print(a.gettimeout(), a.getblocking(), a.fileno() >= 0, a.fileno() != b.fileno())
print(a.send(b"hello"), b.recv(100))
a.sendall(b"x" * 10000)
received = b""
while len(received) < 10000:
    received += b.recv(4096)
print(len(received), set(received))
print(b.send(memoryview(b"view!")[1:4]), a.recv(10))
buffer = bytearray(8)
b.send(b"into")
print(a.recv_into(buffer), buffer)
b.send(b"abcdef")
print(a.recv_into(buffer, 3), buffer, a.recv(10))

a.setblocking(False)
print(a.gettimeout(), a.getblocking())
try:
    a.recv(10)
except BlockingIOError as error:
    print("BlockingIOError", error.errno == errno.EAGAIN)
a.settimeout(0.05)
print(a.gettimeout(), a.getblocking())
try:
    a.recv(10)
except TimeoutError as error:
    print("TimeoutError", error, error is not None and type(error) is socket.timeout)
b.send(b"late")
print(a.recv(10))
a.settimeout(None)
print(a.gettimeout(), a.getblocking())

for call in [lambda: a.recv(-1), lambda: a.recv_into(bytearray(2), -1), lambda: a.recv_into(bytearray(2), 5),
             lambda: a.send("text"), lambda: a.recv_into(b"ab"), lambda: a.settimeout(-1)]:
    try:
        call()
    except (TypeError, ValueError) as error:
        print(type(error).__name__, error)

b.shutdown(socket.SHUT_WR)
print(a.recv(10))
print(a.getsockopt(socket.SOL_SOCKET, socket.SO_TYPE), a.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR))
with a, b:
    print(a.fileno() >= 0, "closed" in repr(a))
print(a.fileno(), "[closed]" in repr(a), a._closed)
try:
    a.send(b"x")
except OSError as error:
    print("OSError", error.errno == errno.EBADF)

c, d = socket.socketpair()
fd = c.detach()
print(c.fileno(), fd >= 0)
e = socket.socket(fileno=fd)
print(e.family, e.type, e.proto)
d.send(b"again")
print(e.recv(10))
e.close()
d.close()
try:
    socket.socket(fileno=-3)
except ValueError as error:
    print("ValueError", error)

# Timeouts are read as CPython reads them: float or int, within 64-bit nanoseconds.
f, g = socket.socketpair()
for value in ["x", -1, -0.5, float("nan"), 1e300, 9.3e9, 2**70, 2**40, True, 3, 9.2e9]:
    for setter in [f.settimeout, socket.setdefaulttimeout]:
        try:
            setter(value)
            print("ok", value, f.gettimeout(), socket.getdefaulttimeout())
        except (TypeError, ValueError, OverflowError) as error:
            print(value, type(error).__name__, error)
socket.setdefaulttimeout(None)
f.close()
g.close()
