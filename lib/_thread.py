"""_thread for Tern, which runs Python code on one thread.

Locks are flags: acquiring a free lock takes it, releasing a held one frees it, exactly
as CPython's do. A lock that is already held can only be released by the code running
now, so a blocking acquire of it without a timeout would wait forever: Tern raises
RuntimeError instead of hanging. New threads cannot be started (RuntimeError, as when
CPython runs out of threads); see docs/interpreter.md.
"""

import os as _os
import time as _time

error = RuntimeError
TIMEOUT_MAX = 9223372036.0

_MAIN_IDENT = _os.getpid()


def _wait_for_held(blocking, timeout):
    if not blocking:
        if timeout != -1:
            raise ValueError("can't specify a timeout for a non-blocking call")
        return False
    if timeout == -1:
        raise RuntimeError("deadlock: acquiring a lock held by the only thread (Tern runs one thread)")
    if timeout < 0:
        raise ValueError("timeout value must be a non-negative number")
    if timeout > TIMEOUT_MAX:
        raise OverflowError("timeout value is too large")
    _time.sleep(timeout)
    return False


class LockType:
    __slots__ = ("_held",)

    def __init__(self):
        self._held = False

    def acquire(self, blocking=True, timeout=-1):
        if not self._held:
            if not blocking and timeout != -1:
                raise ValueError("can't specify a timeout for a non-blocking call")
            self._held = True
            return True
        return _wait_for_held(blocking, timeout)

    def release(self):
        if not self._held:
            raise RuntimeError("release unlocked lock")
        self._held = False

    def locked(self):
        return self._held

    acquire_lock = acquire
    release_lock = release
    locked_lock = locked

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc_info):
        self.release()

    def _at_fork_reinit(self):
        self._held = False

    def __repr__(self):
        return "<%s _thread.lock object at %#x>" % ("locked" if self._held else "unlocked", id(self))


LockType.__name__ = LockType.__qualname__ = "lock"
LockType.__module__ = "_thread"


class RLock:
    __slots__ = ("_owner", "_count")

    def __init__(self):
        self._owner = 0
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        self._owner = _MAIN_IDENT
        self._count += 1
        return True

    def release(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if self._count == 0:
            self._owner = 0

    __enter__ = acquire

    def __exit__(self, *exc_info):
        self.release()

    def _is_owned(self):
        return self._count > 0

    def _release_save(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        state = (self._count, self._owner)
        self._count = 0
        self._owner = 0
        return state

    def _acquire_restore(self, state):
        self._count, self._owner = state

    def _at_fork_reinit(self):
        self._owner = 0
        self._count = 0

    def __repr__(self):
        return "<%s _thread.RLock object owner=%d count=%d at %#x>" % (
            "locked" if self._count else "unlocked", self._owner, self._count, id(self))


RLock.__module__ = "_thread"


def allocate_lock():
    return LockType()


allocate = allocate_lock


def get_ident():
    return _MAIN_IDENT


def get_native_id():
    return _os.getpid()


def _count():
    return 0


def stack_size(size=0):
    if size != 0 and size < 32768:
        raise ValueError("size not valid: %d bytes" % size)
    return 0


def start_new_thread(function, args, kwargs=None):
    if not isinstance(args, tuple):
        raise TypeError("2nd arg must be a tuple")
    if kwargs is not None and not isinstance(kwargs, dict):
        raise TypeError("optional 3rd arg must be a dictionary")
    raise RuntimeError("can't start new thread: Tern runs one thread")


start_new = start_new_thread


def exit():
    raise SystemExit


exit_thread = exit


def interrupt_main(signum=2):
    if signum == 2:
        raise KeyboardInterrupt


def _set_sentinel():
    return LockType()


class _local:
    """Thread-local data: with one thread, an ordinary object."""

    def __init__(self, *args, **kwargs):
        if (args or kwargs) and type(self).__init__ is _local.__init__:
            raise TypeError("Initialization arguments are not supported")


_local.__module__ = "_thread"
