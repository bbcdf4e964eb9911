# async with and async for, driven without an event loop: coroutines are stepped
# with send(None) by a tiny runner, awaiting objects whose __await__ yields.


class Suspend:
    """An awaitable that suspends once (the runner sees what it yields)."""
    def __init__(self, label):
        self.label = label

    def __await__(self):
        yield self.label
        return self.label + " done"


def run(coroutine):
    yielded = []
    try:
        while True:
            yielded.append(coroutine.send(None))
    except StopIteration as stop:
        return yielded, stop.value


class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        print("enter", self.name, await Suspend("entering " + self.name))
        return self.name.upper()

    async def __aexit__(self, kind, value, traceback):
        print("exit", self.name, kind.__name__ if kind else None, value)
        await Suspend("leaving " + self.name)
        return self.suppress


async def uses_resources():
    async with Resource("a") as a, Resource("b") as b:
        print("inside", a, b)
    async with Resource("c", suppress=True):
        raise ValueError("swallowed")
    try:
        async with Resource("d"):
            raise KeyError("escapes")
    except KeyError as error:
        print("caught", repr(error))
    for n in range(3):
        async with Resource("loop%d" % n):
            if n == 1:
                continue
            if n == 2:
                break
            print("body", n)
    return "finished"


print(run(uses_resources()))


class Countdown:
    def __init__(self, start):
        self.current = start

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.current <= 0:
            raise StopAsyncIteration
        self.current -= 1
        await Suspend("tick %d" % self.current)
        return self.current


async def ticker():
    total = []
    async for value in Countdown(4):
        if value == 1:
            continue
        total.append(value)
    else:
        total.append("else")
    async for value in Countdown(5):
        if value == 2:
            break
        total.append(value)
    else:
        total.append("not reached")
    return total


print(run(ticker()))


async def agen(n):
    for i in range(n):
        await Suspend("agen %d" % i)
        yield i * i


async def over_async_generator():
    squares = []
    async for square in agen(4):
        squares.append(square)
    return squares


print(run(over_async_generator()))


class Failing:
    def __aiter__(self):
        return self

    async def __anext__(self):
        raise RuntimeError("not StopAsyncIteration")


async def failing():
    try:
        async for item in Failing():
            pass
    except RuntimeError as error:
        return "re-raised: " + str(error)


print(run(failing()))


async def errors():
    messages = []
    for body in (lambda: wrong_with(), lambda: wrong_for(), lambda: wrong_anext(), lambda: wrong_aenter()):
        try:
            await body()
        except TypeError as error:
            messages.append(str(error))
    return messages


async def wrong_with():
    async with 5:
        pass


async def wrong_for():
    async for x in 5:
        pass


class NoAnext:
    def __aiter__(self):
        return self


async def wrong_anext():
    async for x in NoAnext():
        pass


class BadEnter:
    def __aenter__(self):
        return 5

    def __aexit__(self, *args):
        return 5


async def wrong_aenter():
    async with BadEnter():
        pass


print(run(errors()))
