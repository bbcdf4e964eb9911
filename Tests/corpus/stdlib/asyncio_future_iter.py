# _asyncio.FutureIter: what `await future` runs; send, throw, close, and misuse.
import asyncio

loop = asyncio.new_event_loop()


def show(label, function):
    try:
        print(label, repr(function()))
    except BaseException as error:
        print(label, type(error).__name__, error)


f = asyncio.Future(loop=loop)
it = f.__await__()
print(type(it).__name__, type(it).__module__, iter(it) is it)
print(next(it) is f, f._asyncio_future_blocking)
show("resumed while pending", lambda: next(it))
f.set_result("done")
try:
    next(it)
except StopIteration as stop:
    print("stop value", stop.value)
show("after the end", lambda: next(it))

g = asyncio.Future(loop=loop)
it = iter(g)
print(it.send(None) is g)
g.set_result([1])
try:
    it.send("ignored")
except StopIteration as stop:
    print("send stop", stop.value)

h = asyncio.Future(loop=loop)
it = h.__await__()
next(it)
show("throw class", lambda: it.throw(KeyError))
show("throw instance", lambda: h.__await__().throw(KeyError("k")))
show("throw class value", lambda: h.__await__().throw(KeyError, "v"))
show("throw instance value", lambda: h.__await__().throw(KeyError("k"), "v"))
show("throw non-exception", lambda: h.__await__().throw(3))
show("throw bad traceback", lambda: h.__await__().throw(KeyError, None, 5))
it = h.__await__()
print(it.close(), next(it, "exhausted"))

e = asyncio.Future(loop=loop)
e.set_exception(RuntimeError("inside"))
show("raises the exception", lambda: next(e.__await__()))
c = asyncio.Future(loop=loop)
c.cancel("msg")
show("cancelled", lambda: next(iter(c)))


def old_style():
    value = yield from asyncio.Future.__iter__(d)
    return value


d = asyncio.Future(loop=loop)
gen = old_style()
print(gen.send(None) is d)
d.set_result(7)
try:
    gen.send(None)
except StopIteration as stop:
    print("yield from", stop.value)


async def waits(fut):
    return await fut


w = asyncio.Future(loop=loop)
loop.call_soon(w.set_result, "awaited")
print(loop.run_until_complete(waits(w)))
loop.close()
