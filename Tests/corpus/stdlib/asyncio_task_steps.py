# _asyncio.Task: its steps (yielded futures, bare yields, wrong yields), cancellation, names.
import asyncio
import re
import types

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)


def run(coro):
    try:
        print("result", repr(loop.run_until_complete(coro)))
    except BaseException as error:
        # Task reprs name files and addresses: only the start of the message is shown.
        print("raised", type(error).__name__, re.sub(r"<Task .*", "<Task ...>", str(error)))


async def value():
    await asyncio.sleep(0)
    return 42


task = loop.create_task(value(), name="first")
print(type(task).__name__, task.get_name(), task.done(), task.cancelling(), task._must_cancel)
run(task)
print(task.result(), task._state, task.get_coro().__name__, task._fut_waiter, task._coro is task.get_coro())
task.set_name(12)
print(repr(task.get_name()))
for method, argument in (("set_result", 1), ("set_exception", ValueError())):
    try:
        getattr(task, method)(argument)
    except RuntimeError as error:
        print(method, error)
try:
    asyncio.Task(42, loop=loop)
except TypeError as error:
    print("not a coroutine:", error)


@types.coroutine
def bad(thing):
    yield thing


async def yields(thing):
    await bad(thing)


run(yields(5))
run(yields(None))
run(yields((x for x in [])))
undone = loop.create_future()
run(yields(undone))
other = asyncio.new_event_loop()
run(yields(other.create_future()))
other.close()


async def self_await():
    await bad(current)


current = loop.create_task(self_await())
try:
    loop.run_until_complete(current)
except RuntimeError as error:
    print("self await:", str(error).split(":")[0])


async def sleeper():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as error:
        print("inside cancelled", error.args)
        raise


async def canceller():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    print(t.cancel("stop"), t.cancel("again"), t.cancelling())
    print(t.uncancel(), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as error:
        print("outer cancelled", error.args, t.cancelled())
    t2 = asyncio.create_task(value())
    print(t2.cancel(), t2._must_cancel)
    try:
        await t2
    except asyncio.CancelledError:
        print("cancelled before start", t2.cancelled())
    t3 = asyncio.create_task(value())
    await t3
    print(t3.cancel(), t3.cancelling())


run(canceller())


async def fails():
    await asyncio.sleep(0)
    raise KeyError("k")


async def catches():
    t = asyncio.create_task(fails())
    try:
        await t
    except KeyError as error:
        print("caught", repr(error), repr(t.exception()))
    print(asyncio.current_task() is not None, asyncio.current_task().get_name().startswith("Task-"))
    print(len(asyncio.all_tasks()))
    return "ok"


run(catches())


class MyTask(asyncio.Task):
    def __init__(self, coro, **kwargs):
        super().__init__(coro, **kwargs)
        self.note = "mine"


loop.set_task_factory(lambda loop, coro, **kw: MyTask(coro, loop=loop, **kw))
t = loop.create_task(value())
run(t)
print(type(t).__name__, t.note, t.result())
loop.close()
