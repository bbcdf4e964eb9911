# _thread on Tern's one thread: locks, RLocks, identity; starting a thread is refused.
import _thread

lock = _thread.allocate_lock()
print(type(lock).__name__, lock.locked(), lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(True, 0.01))
lock.release()
with lock:
    print("inside", lock.locked())
print("after", lock.locked())
try:
    lock.release()
except RuntimeError as error:
    print("RuntimeError:", error)
try:
    lock.acquire(False, 1)
except ValueError as error:
    print("ValueError:", error)

rlock = _thread.RLock()
print(rlock.acquire(), rlock.acquire(), rlock._is_owned())
rlock.release()
rlock.release()
print(rlock._is_owned(), repr(rlock).startswith("<unlocked _thread.RLock object owner=0 count=0"))
try:
    rlock.release()
except RuntimeError as error:
    print("RuntimeError:", error)

print(_thread.get_ident() == _thread.get_ident(), isinstance(_thread.get_native_id(), int))
print(_thread.error is RuntimeError, _thread.TIMEOUT_MAX, _thread.stack_size())
try:
    _thread.stack_size(100)
except ValueError as error:
    print("ValueError:", error)
local = _thread._local()
local.x = 5
print(local.x)
