# Each step of an async generator is an awaitable (asend/athrow) that completes with
# the yielded value; SEND drives them without making a StopIteration per item.
import asyncio


async def agen(n):
    try:
        for i in range(n):
            received = yield i
            if received is not None:
                print("received", received)
            await asyncio.sleep(0)
    finally:
        print("agen finally")


async def main():
    async for x in agen(3):
        print("item", x)
    g = agen(5)
    print(await g.__anext__(), await anext(g))
    print(await g.asend("hello"))
    try:
        await g.athrow(ValueError("boom"))
    except ValueError as error:
        print("athrow raised", error)
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted")
    print([x async for x in agen(4)])
    h = agen(10)
    print(await anext(h))
    await h.aclose()
    print(await anext(h, "default"))
    step = agen(2).__anext__()
    print(type(step).__name__, step.__await__() is step)
    try:
        step.send(None)
    except StopIteration as stop:
        print("completed with", stop.value)
    try:
        step.send(None)
    except RuntimeError as error:
        print("RuntimeError:", error)

    async def nested(n):
        async for x in agen(n):
            yield x * 10

    print([x async for x in nested(3)])
    left = agen(100)
    print(await anext(left))


asyncio.run(main())
