# Asynchronous generators driven by hand, as an event loop drives them: __anext__,
# asend, athrow and aclose return awaitables whose send()/throw() raise StopIteration
# with the yielded value, StopAsyncIteration at the end, and pass out what an inner
# await yields.


class Suspend:
    """An awaitable that yields `tag` to the driver once, then returns `result`."""
    def __init__(self, tag, result):
        self.tag, self.result = tag, result

    def __await__(self):
        sent = yield self.tag
        return (self.result, sent)


async def counter(n):
    for i in range(n):
        got = yield i
        if got is not None:
            print("  counter got", got)


async def awaiting():
    value = await Suspend("tick", 10)
    print("  awaited", value)
    yield value
    try:
        yield "second"
    except KeyError as error:
        print("  caught", repr(error))
        yield "recovered"
    finally:
        print("  finally runs")


def step(awaitable, value=None):
    try:
        out = awaitable.send(value)
        print("  yielded to driver:", out)
        return out
    except StopIteration as stop:
        print("  StopIteration", stop.args)
    except StopAsyncIteration as stop:
        print("  StopAsyncIteration", stop.args)
    except Exception as error:
        print(" ", type(error).__name__, error)


print("counter")
gen = counter(2)
print(gen.__aiter__() is gen, type(gen.__anext__()).__name__, type(gen.aclose()).__name__)
for _ in range(4):
    step(gen.__anext__())
print("asend")
gen = counter(3)
step(gen.asend(None))
step(gen.asend("hello"))
first = gen.asend(None)
step(first)
step(first)
print("awaiting")
gen = awaiting()
awaitable = gen.__anext__()
step(awaitable)
step(awaitable, "sent in")
thrower = gen.__anext__()
step(thrower)
step(gen.athrow(KeyError("k")))
step(gen.aclose())
step(gen.__anext__())
print("aclose on a fresh and a running generator")
step(counter(2).aclose())
gen = counter(5)
step(gen.__anext__())
step(gen.aclose())
step(gen.__anext__())
print("ignored GeneratorExit")


async def stubborn(keep_going):
    while keep_going:
        try:
            yield 1
        except GeneratorExit:
            pass


# The generator is run to its end afterwards, so that no collection has to close
# it (CPython would report that with the object's address).
keep_going = [True]
gen = stubborn(keep_going)
step(gen.__anext__())
step(gen.aclose())
keep_going.clear()
step(gen.__anext__())
print("athrow of a type and of an exhausted generator")
gen = counter(1)
step(gen.__anext__())
step(gen.athrow(ValueError))
step(gen.athrow(ValueError))
print("raising StopIteration inside")


async def bad():
    raise StopIteration("x")
    yield


step(bad().__anext__())


async def main():
    collected = []
    gen = counter(3)
    while True:
        try:
            collected.append(await gen.__anext__())
        except StopAsyncIteration:
            break
    return collected


print("awaited from a coroutine")
step(main())
awaitable = counter(1).__anext__()
print(awaitable.__await__() is awaitable, iter(awaitable) is awaitable)
awaitable.close()
step(awaitable)
