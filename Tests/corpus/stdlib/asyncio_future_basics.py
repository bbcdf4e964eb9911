# _asyncio.Future: states, results, errors, callbacks with contexts, attributes.
import asyncio
import contextvars
import weakref

loop = asyncio.new_event_loop()
var = contextvars.ContextVar("var", default="default")


def show(label, function):
    try:
        print(label, repr(function()))
    except BaseException as error:
        print(label, type(error).__name__, error)


f = asyncio.Future(loop=loop)
print(type(f), type(f).__module__, f._state, f.done(), f.cancelled(), f._loop is loop)
show("result pending", f.result)
show("exception pending", f.exception)
show("positional", lambda: asyncio.Future(loop))
show("bad keyword", lambda: asyncio.Future(lop=loop))
f.set_result(5)
print(f._state, f.result(), f.exception(), f._result, f._exception)
show("set twice", lambda: f.set_result(6))
show("cancel done", f.cancel)

g = asyncio.Future(loop=loop)
g.set_exception(ValueError)
print(g._state, repr(g.exception()), g._log_traceback)
show("result raises", g.result)
show("set_exception StopIteration", lambda: asyncio.Future(loop=loop).set_exception(StopIteration()))
show("set_exception int", lambda: asyncio.Future(loop=loop).set_exception(3))
show("log_traceback True", lambda: setattr(g, "_log_traceback", True))
g._log_traceback = False
show("del blocking", lambda: delattr(g, "_asyncio_future_blocking"))

c = asyncio.Future(loop=loop)
print(c.cancel("why"), c.cancel(), c._state, c._cancel_message, c.cancelled(), c.done())
show("cancelled result", c.result)
show("cancelled exception", c.exception)
error = c._make_cancelled_error()
print(type(error).__name__, error.args)

calls = []
h = asyncio.Future(loop=loop)
def first(fut): calls.append(("first", fut.result(), var.get()))
def second(fut): calls.append(("second", var.get()))
token = var.set("at add")
h.add_done_callback(first)
var.reset(token)
context = contextvars.Context()
context.run(var.set, "in context")
h.add_done_callback(second, context=context)
h.add_done_callback(second)
h.add_done_callback(first)
print(len(h._callbacks), [cb.__name__ for cb, ctx in h._callbacks])
print(h.remove_done_callback(first), len(h._callbacks), h.remove_done_callback(first))
h.set_result("value")
print(h._callbacks)
loop.run_until_complete(asyncio.sleep(0))
print(calls)

print(asyncio.Future[int], f.get_loop() is loop, repr(asyncio.Future(loop=loop)))
f.x = 1
print(f.x)
show("no __dict__", lambda: f.__dict__)
print(weakref.ref(f)() is f)


class MyFuture(asyncio.Future):
    def __init__(self, *, loop, tag):
        super().__init__(loop=loop)
        self.tag = tag


m = MyFuture(loop=loop, tag="t")
m.extra = 1
print(m.tag, m.extra, isinstance(m, asyncio.Future), repr(m))
m.set_result(1)
print(repr(m), asyncio.isfuture(m))
u = asyncio.Future.__new__(asyncio.Future)
print(u.done(), u.cancelled(), u._loop, u._asyncio_future_blocking)
show("uninitialized result", u.result)
show("uninitialized get_loop", u.get_loop)
show("uninitialized add", lambda: u.add_done_callback(print))
loop.close()
