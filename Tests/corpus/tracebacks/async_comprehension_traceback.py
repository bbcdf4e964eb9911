# A traceback through an asynchronous comprehension: the exception raised in the
# element passes through the <listcomp> coroutine and the async def awaiting it.


async def numbers():
    for n in (2, 1, 0):
        yield n


async def inverses():
    return [
        10 // n
        async for n in numbers()
    ]


async def main():
    values = await inverses()
    return values


coroutine = main()
try:
    coroutine.send(None)
except StopIteration as stop:
    print(stop.value)
