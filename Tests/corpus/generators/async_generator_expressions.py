# Asynchronous generator expressions: `async for` clauses or `await` make a
# generator expression an async generator object. It may be created anywhere
# (module level, plain functions, lambdas, class bodies), and is driven with
# `async for`, asend, athrow and aclose.


class Suspend:
    def __init__(self, label, value=None):
        self.label = label
        self.value = value

    def __await__(self):
        yield self.label
        return self.value


def run(coroutine):
    yielded = []
    try:
        while True:
            yielded.append(coroutine.send(None))
    except StopIteration as stop:
        return yielded, stop.value


async def agen(n, tag="g"):
    for i in range(n):
        await Suspend("%s%d" % (tag, i))
        yield i


async def double(x):
    return await Suspend("double %d" % x, 2 * x)


async def drain(agenerator):
    return [x async for x in agenerator]


at_module = (x * 10 async for x in agen(3))
print(type(at_module).__name__, at_module.__name__, at_module.__qualname__)
print(run(drain(at_module)))


def plain_function(n):
    return (await double(x) for x in range(n))


made = plain_function(3)
print(type(made).__name__, made.__qualname__, made.ag_running, made.ag_code.co_name, made.ag_code.co_flags & 0x200 != 0)
print(run(drain(made)))

from_lambda = (lambda n: (x async for x in agen(n, "l")))(2)
print(run(drain(from_lambda)))


class Holder:
    items = (x + 1 async for x in agen(2, "c"))


print(run(drain(Holder.items)))


async def sync_generator_in_async_generator():
    # A plain generator expression whose iterable is an async genexp object.
    outer = ((x async for x in agen(k, "n%d." % k)) for k in range(3))
    return [[y async for y in inner] for inner in outer]


print(run(sync_generator_in_async_generator()))


async def protocol():
    log = []
    g = (x async for x in agen(5, "p"))
    log.append(await g.__anext__())
    log.append(await g.asend(None))
    log.append("asend ignored: %r" % await g.asend(42))
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        log.append("closed")
    h = (await double(x) for x in range(4))
    log.append(await h.__anext__())
    try:
        await h.athrow(ValueError("thrown in"))
    except ValueError as error:
        log.append("athrow: %s" % error)
    try:
        await h.__anext__()
    except StopAsyncIteration:
        log.append("finished after throw")
    return log


print(run(protocol()))


async def filters_and_mixtures():
    g = ((x, y) async for x in agen(3, "f") if x != 1 for y in "ab" if await double(x) or y == "a")
    return [pair async for pair in g]


print(run(filters_and_mixtures()))


async def exhausted_and_errors():
    g = (1 / x async for x in agen(3, "e"))
    results = []
    try:
        async for value in g:
            results.append(value)
    except ZeroDivisionError as error:
        results.append(str(error))
    g = (x async for x in 7)
    return results, g


try:
    run(exhausted_and_errors())
except TypeError as error:
    print("TypeError:", error)


async def lazy():
    seen = []

    def note(x):
        seen.append(x)
        return x

    g = (note(x) async for x in agen(4, "z"))
    first = await g.__anext__()
    seen.append("after first")
    rest = [x async for x in g]
    return seen, first, rest


print(run(lazy()))
