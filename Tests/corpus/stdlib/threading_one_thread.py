# CPython's threading on Tern's one thread: locks, conditions, events, semaphores and
# thread-local data work (starting a thread is refused: docs/stdlib.md).
import threading

lock = threading.Lock()
rlock = threading.RLock()
with lock:
    print("locked", lock.locked())
with rlock:
    with rlock:
        print("reentered")
condition = threading.Condition()
with condition:
    condition.notify_all()
    print("waited", condition.wait(0.01))
event = threading.Event()
event.set()
print(event.wait(0.01), event.is_set())
local = threading.local()
local.x = 1
print(local.x)
print(threading.current_thread().name, threading.main_thread() is threading.current_thread(), threading.active_count())
semaphore = threading.BoundedSemaphore(2)
semaphore.acquire()
semaphore.release()
try:
    semaphore.release()
except ValueError as error:
    print("ValueError:", error)
