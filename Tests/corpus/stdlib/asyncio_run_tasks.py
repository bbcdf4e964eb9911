# asyncio.run on the default (selector) event loop: sleeping, tasks, gather, wait_for
# with timeouts, queues, cancellation, exceptions in tasks and async generators that
# the loop's shutdown_asyncgens closes.
import asyncio

log = []


async def worker(name, delay, result, after=None, done=None):
    # `after`/`done` order tasks by events, not by how their sleeps race: a slow run
    # (GC stress) can start one task's sleep later than another's ends.
    if after is not None:
        await after.wait()
    await asyncio.sleep(delay)
    log.append(name)
    if done is not None:
        done.set()
    return result


async def failing():
    await asyncio.sleep(0)
    raise ValueError("task failed")


async def forever():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append("cancelled inside")
        raise


async def basics():
    print(await worker("one", 0.01, 1))
    fast_done = asyncio.Event()
    results = await asyncio.gather(worker("slow", 0.03, "s", after=fast_done), worker("fast", 0.01, "f", done=fast_done),
                                   worker("now", 0, "n"))
    print(results, log)
    task = asyncio.create_task(worker("task", 0.01, 42), name="the-task")
    print(task.get_name(), task.done())
    print(await task, task.done(), task.result())
    return "basics done"


async def timeouts():
    try:
        await asyncio.wait_for(forever(), timeout=0.02)
    except asyncio.TimeoutError:
        print("wait_for timed out", log[-1])
    print(await asyncio.wait_for(worker("quick", 0, "in time"), timeout=60))


async def cancelling():
    task = asyncio.create_task(forever())
    await asyncio.sleep(0.01)
    print(task.cancel(), task.cancelled())
    try:
        await task
    except asyncio.CancelledError:
        print("caught CancelledError", task.cancelled(), log[-1])


async def exceptions():
    task = asyncio.create_task(failing())
    try:
        await task
    except ValueError as error:
        print("ValueError:", error, task.done(), type(task.exception()).__name__)
    results = await asyncio.gather(failing(), worker("ok", 0, "fine"), return_exceptions=True)
    print([type(result).__name__ for result in results])


async def producer(queue, count):
    for item in range(count):
        await queue.put(item)
        await asyncio.sleep(0.001)
    await queue.put(None)


async def consumer(queue):
    items = []
    while (item := await queue.get()) is not None:
        items.append(item * item)
        queue.task_done()
    return items


async def queues():
    queue = asyncio.Queue(maxsize=2)
    _, items = await asyncio.gather(producer(queue, 6), consumer(queue))
    print("queue", items, queue.empty())


async def ticker(limit):
    try:
        for tick in range(limit):
            await asyncio.sleep(0.001)
            yield tick
    finally:
        print("ticker closed")


async def generators():
    print([tick async for tick in ticker(4)])
    unfinished = ticker(100)
    print(await unfinished.__anext__(), await unfinished.__anext__())
    # Left open: asyncio.run's shutdown_asyncgens closes it after main returns.
    generators.unfinished = unfinished


async def main():
    print(await basics())
    await timeouts()
    await cancelling()
    await exceptions()
    await queues()
    await generators()
    loop = asyncio.get_running_loop()
    print(type(loop).__name__, loop.is_running(), asyncio.current_task().get_name() != "")
    return "main done"


print(asyncio.run(main()))
print(asyncio.run(worker("again", 0.01, "second run")))
try:
    asyncio.run(failing())
except ValueError as error:
    print("run raised", error)
