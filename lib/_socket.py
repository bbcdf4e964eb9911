"""_socket for Tern: Linux's constants, the error types, default timeouts, the host name,
the address conversions that need no network, and socket objects over the system calls
of the native module _socketcalls.

A socket comes from socketpair() (a connected pair, AF_UNIX by default) or wraps a socket
descriptor it is given (socket(fileno=fd)). It sends and receives (send, sendall, recv,
recv_into), shuts down, reads and sets integer options, and is blocking, non-blocking
or waits up to its timeout (polling) as CPython's sockets do. Creating a socket with
socket(), binding, connecting, listening, accepting, datagram calls and name resolution
are not there yet: they raise OSError (ENOSYS)."""

import _socketcalls as _calls
import errno as _errno
import os as _os
import select as _select
import time as _time

AF_UNSPEC, AF_UNIX, AF_INET, AF_INET6, AF_NETLINK, AF_PACKET = 0, 1, 2, 10, 16, 17
AF_LOCAL = AF_UNIX
SOCK_STREAM, SOCK_DGRAM, SOCK_RAW, SOCK_RDM, SOCK_SEQPACKET = 1, 2, 3, 4, 5
SOCK_NONBLOCK, SOCK_CLOEXEC = 0o4000, 0o2000000
SOL_SOCKET, SOL_IP, SOL_TCP, SOL_UDP = 1, 0, 6, 17
SO_DEBUG, SO_REUSEADDR, SO_TYPE, SO_ERROR, SO_DONTROUTE, SO_BROADCAST = 1, 2, 3, 4, 5, 6
SO_SNDBUF, SO_RCVBUF, SO_KEEPALIVE, SO_OOBINLINE, SO_LINGER, SO_REUSEPORT = 7, 8, 9, 10, 13, 15
SO_PASSCRED, SO_PEERCRED, SO_RCVLOWAT, SO_SNDLOWAT, SO_RCVTIMEO, SO_SNDTIMEO = 16, 17, 18, 19, 20, 21
SO_ACCEPTCONN = 30
SO_PROTOCOL, SO_DOMAIN = 38, 39
SCM_RIGHTS, SCM_CREDENTIALS = 1, 2
IPPROTO_IP, IPPROTO_ICMP, IPPROTO_TCP, IPPROTO_UDP, IPPROTO_IPV6 = 0, 1, 6, 17, 41
IPPROTO_ICMPV6, IPPROTO_RAW = 58, 255
IP_TOS, IP_TTL, IP_MULTICAST_TTL, IP_MULTICAST_LOOP = 1, 2, 33, 34
IP_ADD_MEMBERSHIP, IP_DROP_MEMBERSHIP = 35, 36
IPV6_V6ONLY = 26
TCP_NODELAY, TCP_MAXSEG, TCP_KEEPIDLE, TCP_KEEPINTVL, TCP_KEEPCNT = 1, 2, 4, 5, 6
MSG_OOB, MSG_PEEK, MSG_DONTROUTE, MSG_CTRUNC, MSG_TRUNC, MSG_DONTWAIT = 1, 2, 4, 8, 32, 64
MSG_EOR, MSG_WAITALL, MSG_NOSIGNAL, MSG_CMSG_CLOEXEC = 128, 256, 0x4000, 0x40000000
AI_PASSIVE, AI_CANONNAME, AI_NUMERICHOST, AI_V4MAPPED = 1, 2, 4, 8
AI_ALL, AI_ADDRCONFIG, AI_NUMERICSERV = 16, 32, 1024
NI_NUMERICHOST, NI_NUMERICSERV, NI_NOFQDN, NI_NAMEREQD, NI_DGRAM = 1, 2, 4, 8, 16
NI_MAXHOST, NI_MAXSERV = 1025, 32
EAI_BADFLAGS, EAI_NONAME, EAI_AGAIN, EAI_FAIL, EAI_NODATA, EAI_FAMILY = -1, -2, -3, -4, -5, -6
EAI_SOCKTYPE, EAI_SERVICE, EAI_ADDRFAMILY, EAI_MEMORY, EAI_SYSTEM, EAI_OVERFLOW = -7, -8, -9, -10, -11, -12
SHUT_RD, SHUT_WR, SHUT_RDWR = 0, 1, 2
INADDR_ANY, INADDR_LOOPBACK = 0, 0x7F000001
INADDR_BROADCAST = INADDR_NONE = 0xFFFFFFFF
SOMAXCONN = 4096
has_ipv6 = False

error = OSError
timeout = TimeoutError


class herror(OSError):
    pass


class gaierror(OSError):
    pass


def _unsupported(what):
    return OSError(_errno.ENOSYS, "Tern has no sockets: %s is not supported" % what)


_default_timeout = None


def getdefaulttimeout():
    return _default_timeout


_NANOSECONDS_LIMIT = 1 << 63


def _checked_timeout(value):
    """A timeout in seconds as CPython reads one: a float, or an int through __index__, that
    fits in 64-bit nanoseconds; never negative."""
    if value is None:
        return None
    if isinstance(value, float):
        if value != value:
            raise ValueError("Invalid value NaN (not a number)")
        if not -_NANOSECONDS_LIMIT <= value * 1e9 < _NANOSECONDS_LIMIT:
            raise OverflowError("timestamp out of range for platform time_t")
    else:
        index = getattr(type(value), "__index__", None)
        if index is None:
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
        value = index(value)
        if not -_NANOSECONDS_LIMIT <= value * 10**9 < _NANOSECONDS_LIMIT:
            raise OverflowError("timestamp too large to convert to C _PyTime_t")
    if value < 0:
        raise ValueError("Timeout value out of range")
    return float(value)


def setdefaulttimeout(value, /):
    global _default_timeout
    _default_timeout = _checked_timeout(value)


class socket:
    """A socket object over a descriptor: made by socketpair() or given (socket(fileno=fd))."""

    __slots__ = ("_fd", "_family", "_type", "_proto", "_timeout")

    def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
        if fileno is None:
            raise _unsupported("socket()")
        fd = fileno.__index__()
        if fd < 0:
            raise ValueError("negative file descriptor")
        # Asking the descriptor its type also refuses one that is no socket (ENOTSOCK).
        found_type = _calls.getsockopt(fd, SOL_SOCKET, SO_TYPE)
        family = _calls.getsockopt(fd, SOL_SOCKET, SO_DOMAIN) if family == -1 else family.__index__()
        type = found_type if type == -1 else type.__index__()
        proto = _calls.getsockopt(fd, SOL_SOCKET, SO_PROTOCOL) if proto == -1 else proto.__index__()
        self._fd, self._family, self._proto = fd, family, proto
        self._type = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC)
        self._timeout = 0.0 if type & SOCK_NONBLOCK else _default_timeout
        if self._timeout is not None:
            _os.set_blocking(fd, False)

    family = property(lambda self: self._family, doc="the socket family")
    type = property(lambda self: self._type, doc="the socket type")
    proto = property(lambda self: self._proto, doc="the socket protocol")
    timeout = property(lambda self: self._timeout, doc="the socket timeout")

    def fileno(self):
        return self._fd

    def close(self):
        fd, self._fd = self._fd, -1
        if fd >= 0:
            _os.close(fd)

    def detach(self):
        fd, self._fd = self._fd, -1
        return fd

    def gettimeout(self):
        return self._timeout

    def settimeout(self, value, /):
        self._timeout = _checked_timeout(value)
        if self._fd >= 0:
            _os.set_blocking(self._fd, self._timeout is None)

    def getblocking(self):
        return self._timeout != 0.0

    def setblocking(self, flag, /):
        self.settimeout(None if flag else 0.0)

    def _call(self, events, call, *arguments):
        """call(fd, *arguments); with a timeout, waits up to it for `events` while the call would block."""
        if not self._timeout:
            return call(self._fd, *arguments)
        deadline = _time.monotonic() + self._timeout
        while True:
            try:
                return call(self._fd, *arguments)
            except BlockingIOError:
                remaining = deadline - _time.monotonic()
                poller = _select.poll()
                poller.register(self._fd, events)
                if remaining <= 0 or not poller.poll(remaining * 1000):
                    raise timeout("timed out") from None

    def send(self, data, flags=0, /):
        return self._call(_select.POLLOUT, _calls.send, data, flags.__index__())

    def sendall(self, data, flags=0, /):
        view = memoryview(data)
        while len(view):
            view = view[self.send(view, flags):]

    def recv(self, bufsize, flags=0, /):
        if bufsize.__index__() < 0:
            raise ValueError("negative buffersize in recv")
        return self._call(_select.POLLIN, _calls.recv, bufsize.__index__(), flags.__index__())

    def recv_into(self, buffer, nbytes=0, flags=0):
        if isinstance(buffer, (bytes, str)) or not isinstance(buffer, (bytearray, memoryview)) \
                or isinstance(buffer, memoryview) and buffer.readonly:
            raise TypeError("recv_into() argument 1 must be read-write bytes-like object, not %s"
                            % type(buffer).__name__)
        nbytes = nbytes.__index__()
        if nbytes < 0:
            raise ValueError("negative buffersize in recv_into")
        size = len(buffer) if isinstance(buffer, bytearray) else buffer.nbytes
        if nbytes > size:
            raise ValueError("buffer too small for requested bytes")
        data = self.recv(nbytes or size, flags)
        buffer[:len(data)] = data
        return len(data)

    def shutdown(self, how, /):
        _calls.shutdown(self._fd, how.__index__())

    def getsockopt(self, level, option, buflen=None, /):
        if buflen is not None:
            raise _unsupported("socket.getsockopt() with a buffer length")
        return _calls.getsockopt(self._fd, level.__index__(), option.__index__())

    def setsockopt(self, level, option, value, optlen=None, /):
        if optlen is not None or not isinstance(value, int):
            raise _unsupported("socket.setsockopt() with a buffer")
        _calls.setsockopt(self._fd, level.__index__(), option.__index__(), value)

    def __repr__(self):
        return "<socket object, fd=%d, family=%d, type=%d, proto=%d>" % (
            self._fd, self._family, self._type, self._proto)


def _define_unsupported_method(name):
    def method(self, *args, **kwargs):
        raise _unsupported("socket.%s()" % name)
    method.__name__ = method.__qualname__ = name
    setattr(socket, name, method)


for _name in ("_accept", "bind", "connect", "connect_ex", "getpeername", "getsockname",
              "listen", "recvfrom", "recvfrom_into", "sendto"):
    _define_unsupported_method(_name)
del _name

SocketType = socket


def socketpair(family=AF_UNIX, type=SOCK_STREAM, proto=0):
    first, second = _calls.socketpair(family.__index__(), type.__index__(), proto.__index__())
    return socket(family, type, proto, first), socket(family, type, proto, second)


def close(fd, /):
    _os.close(fd)


def dup(fd, /):
    return _os.dup(fd)


def gethostname():
    return _os.uname().nodename


def sethostname(name, /):
    raise _unsupported("sethostname()")


def _define_unsupported_function(name):
    def function(*args, **kwargs):
        raise _unsupported("%s()" % name)
    function.__name__ = function.__qualname__ = name
    globals()[name] = function


for _name in ("getaddrinfo", "getnameinfo", "gethostbyname", "gethostbyname_ex", "gethostbyaddr",
              "getservbyname", "getservbyport", "getprotobyname", "if_nameindex", "if_nametoindex",
              "if_indextoname"):
    _define_unsupported_function(_name)
del _name


def _unsigned(value, bits, name):
    value = value.__index__()
    if value < 0:
        raise OverflowError("%s: can't convert negative Python int to C %d-bit unsigned integer" % (name, bits))
    if value >= 1 << bits:
        raise OverflowError("%s: Python int too large to convert to C %d-bit unsigned integer" % (name, bits))
    return value


def _swap(value, size):
    return int.from_bytes(value.to_bytes(size, "little"), "big")


def htons(x, /):
    return _swap(_unsigned(x, 16, "htons"), 2)


def ntohs(x, /):
    return _swap(_unsigned(x, 16, "ntohs"), 2)


def htonl(x, /):
    return _swap(_unsigned(x, 32, "htonl"), 4)


def ntohl(x, /):
    return _swap(_unsigned(x, 32, "ntohl"), 4)


def inet_aton(string, /):
    """An IPv4 address in inet_aton's forms (a, a.b, a.b.c, a.b.c.d) as 4 packed bytes."""
    parts = string.split(".")
    try:
        if not 1 <= len(parts) <= 4:
            raise ValueError
        numbers = [_inet_number(part) for part in parts]
    except ValueError:
        raise OSError("illegal IP address string passed to inet_aton") from None
    *leading, last = numbers
    if any(number > 255 for number in leading) or last >= 1 << (8 * (4 - len(leading))):
        raise OSError("illegal IP address string passed to inet_aton")
    return bytes(leading) + last.to_bytes(4 - len(leading), "big")


def _inet_number(part):
    """One part of an inet_aton address: decimal, 0x hexadecimal or 0 octal."""
    if not part or part.strip() != part:
        raise ValueError
    if part[:2].lower() == "0x":
        return int(part[2:] or "0", 16)
    if len(part) > 1 and part[0] == "0":
        return int(part, 8)
    if not part.isdigit():
        raise ValueError
    return int(part)


def inet_ntoa(packed, /):
    packed = bytes(packed)
    if len(packed) != 4:
        raise OSError("packed IP wrong length for inet_ntoa")
    return "%d.%d.%d.%d" % tuple(packed)


def inet_pton(address_family, ip_string, /):
    if address_family == AF_INET:
        parts = ip_string.split(".")
        if len(parts) != 4 or not all(part.isdigit() and part.isascii() and int(part) <= 255
                                      and (part == "0" or part[0] != "0") for part in parts):
            raise OSError("illegal IP address string passed to inet_pton")
        return bytes(int(part) for part in parts)
    if address_family == AF_INET6:
        import ipaddress
        try:
            return ipaddress.IPv6Address(ip_string).packed
        except ValueError:
            raise OSError("illegal IP address string passed to inet_pton") from None
    raise OSError(_errno.EAFNOSUPPORT, _os.strerror(_errno.EAFNOSUPPORT))


def inet_ntop(address_family, packed_ip, /):
    packed = bytes(packed_ip)
    if address_family == AF_INET:
        if len(packed) != 4:
            raise ValueError("invalid length of packed IP address string")
        return "%d.%d.%d.%d" % tuple(packed)
    if address_family == AF_INET6:
        if len(packed) != 16:
            raise ValueError("invalid length of packed IP address string")
        import ipaddress
        return str(ipaddress.IPv6Address(packed))
    raise ValueError("unknown address family %d" % address_family)
