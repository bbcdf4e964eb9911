"""_signal for Tern: the signal numbers of Linux, the default and ignore handlers, and
getsignal(). Tern does not yet run Python signal handlers, so signal() accepts only
the handler a signal already has (what unittest and other modules reinstall) and
raises ValueError for any other: the error CPython raises where handlers cannot be
installed (outside the main thread), which callers such as asyncio.Runner expect and
go on without their handler."""

SIG_DFL = 0
SIG_IGN = 1
NSIG = 65
ITIMER_REAL, ITIMER_VIRTUAL, ITIMER_PROF = 0, 1, 2
SIGHUP, SIGINT, SIGQUIT, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE = 1, 2, 3, 4, 5, 6, 7, 8
SIGKILL, SIGUSR1, SIGSEGV, SIGUSR2, SIGPIPE, SIGALRM, SIGTERM, SIGSTKFLT = 9, 10, 11, 12, 13, 14, 15, 16
SIGCHLD, SIGCONT, SIGSTOP, SIGTSTP, SIGTTIN, SIGTTOU, SIGURG, SIGXCPU = 17, 18, 19, 20, 21, 22, 23, 24
SIGXFSZ, SIGVTALRM, SIGPROF, SIGWINCH, SIGIO, SIGPWR, SIGSYS = 25, 26, 27, 28, 29, 30, 31
SIGIOT, SIGCLD, SIGPOLL = SIGABRT, SIGCHLD, SIGIO
SIGRTMIN, SIGRTMAX = 34, 64


def default_int_handler(signalnum, frame, /):
    raise KeyboardInterrupt


def _check(signalnum):
    if not isinstance(signalnum, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(signalnum).__name__)
    if not 1 <= signalnum < NSIG:
        raise ValueError("signal number out of range")


def getsignal(signalnum, /):
    _check(signalnum)
    return default_int_handler if signalnum == SIGINT else SIG_DFL


def signal(signalnum, handler, /):
    current = getsignal(signalnum)
    if handler is not current:
        if handler not in (SIG_DFL, SIG_IGN) and not callable(handler):
            raise TypeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object")
        raise ValueError("signal.signal: Tern does not run signal handlers yet")
    return current
