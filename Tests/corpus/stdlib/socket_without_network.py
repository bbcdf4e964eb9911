# socket imports: its constants and enums, error types, default timeout, host name
# and the address conversions. Opening a socket is not something this program does.
import errno
import socket

print(socket.AF_INET, socket.AF_INET6, socket.AF_UNIX, socket.SOCK_STREAM, socket.SOCK_DGRAM)
print(repr(socket.AF_INET), repr(socket.SOCK_STREAM), socket.SocketKind(2).name, socket.AddressFamily.AF_UNIX.value)
print(socket.SOL_SOCKET, socket.SO_REUSEADDR, socket.IPPROTO_TCP, socket.TCP_NODELAY, socket.MSG_PEEK, socket.AI_PASSIVE)
print(socket.error is OSError, socket.timeout is TimeoutError, issubclass(socket.gaierror, OSError), issubclass(socket.herror, OSError))
print(socket.getdefaulttimeout())
socket.setdefaulttimeout(2.5)
print(socket.getdefaulttimeout())
socket.setdefaulttimeout(None)
try:
    socket.setdefaulttimeout(-1)
except ValueError as error:
    print("ValueError:", error)
print(isinstance(socket.gethostname(), str), len(socket.gethostname()) > 0)
print(socket.htons(1), socket.ntohs(256), socket.htonl(1), socket.ntohl(0x01020304))
for call in [lambda: socket.htons(-1), lambda: socket.htons(1 << 16)]:
    try:
        call()
    except OverflowError:
        print("OverflowError")
print(socket.inet_aton("1.2.3.4"), socket.inet_aton("127.1"), socket.inet_aton("10"), socket.inet_aton("0x7f.0.0.1"))
print(socket.inet_ntoa(b"\x7f\x00\x00\x01"), socket.inet_pton(socket.AF_INET, "192.168.0.1"))
print(socket.inet_ntop(socket.AF_INET6, socket.inet_pton(socket.AF_INET6, "fe80::1:2")))
print(socket.inet_ntop(socket.AF_INET, b"\x01\x02\x03\x04"))
for call in [lambda: socket.inet_aton("1.2.3.4.5"), lambda: socket.inet_aton("300.1.1.1"), lambda: socket.inet_ntoa(b"abc"),
             lambda: socket.inet_pton(socket.AF_INET, "1.2.3"), lambda: socket.inet_pton(socket.AF_INET6, "1:::2")]:
    try:
        call()
    except OSError as error:
        print("OSError:", error)
try:
    socket.inet_ntop(socket.AF_INET, b"abc")
except ValueError as error:
    print("ValueError:", error)
print(socket.has_dualstack_ipv6.__name__, "create_connection" in socket.__all__, "AF_INET" in socket.__all__)
