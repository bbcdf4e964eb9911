# sys.set_asyncgen_hooks / get_asyncgen_hooks: firstiter is called once per async
# generator, when it is first iterated; the hooks are returned as set; bad hooks;
# and the coroutine origin tracking depth asyncio's debug mode sets.
import sys

print(sys.get_asyncgen_hooks())
print(type(sys.get_asyncgen_hooks()).__name__, tuple(sys.get_asyncgen_hooks()))
seen = []


def firstiter(generator):
    seen.append(generator.__name__)


def finalizer(generator):
    pass


async def counter(limit):
    for number in range(limit):
        yield number


def drive(awaitable):
    try:
        awaitable.send(None)
    except StopIteration as stop:
        return stop.value
    except StopAsyncIteration:
        return "done"


sys.set_asyncgen_hooks(firstiter, finalizer)
hooks = sys.get_asyncgen_hooks()
print(hooks.firstiter is firstiter, hooks.finalizer is finalizer)
generator = counter(2)
print(seen)
print(drive(generator.__anext__()), seen)
print(drive(generator.__anext__()), drive(generator.__anext__()), seen)
other = counter(1)
print(drive(other.asend(None)), seen)
never_started = counter(1)
drive(never_started.aclose())
print(seen)
sys.set_asyncgen_hooks(firstiter=None)
print(sys.get_asyncgen_hooks().firstiter, sys.get_asyncgen_hooks().finalizer is finalizer)
drive(counter(1).__anext__())
print(len(seen))
sys.set_asyncgen_hooks(finalizer=None)
print(sys.get_asyncgen_hooks())
for call in [lambda: sys.set_asyncgen_hooks(1), lambda: sys.set_asyncgen_hooks(finalizer="x"),
             lambda: sys.set_asyncgen_hooks(firstiter=print, finalizer=3)]:
    try:
        call()
    except TypeError as error:
        print("TypeError", error)
print(sys.get_asyncgen_hooks())

print(sys.get_coroutine_origin_tracking_depth())
sys.set_coroutine_origin_tracking_depth(3)
print(sys.get_coroutine_origin_tracking_depth())
sys.set_coroutine_origin_tracking_depth(depth=0)
print(sys.get_coroutine_origin_tracking_depth())
for depth in [-1, "x", 2**70]:
    try:
        sys.set_coroutine_origin_tracking_depth(depth)
    except (TypeError, ValueError, OverflowError) as error:
        print(type(error).__name__, error)
