# aiter() and anext(): async iteration by hand, anext's default when the iterator is
# exhausted, driving the awaitables with send/throw/close, and the errors.
import asyncio


async def numbers(limit):
    for number in range(limit):
        yield number


class Countdown:
    def __init__(self, start):
        self.current = start

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.current == 0:
            raise StopAsyncIteration
        self.current -= 1
        return self.current


async def main():
    iterator = aiter(numbers(2))
    print(type(iterator).__name__, await anext(iterator), await anext(iterator))
    print(await anext(iterator, "exhausted"), await anext(iterator, None))
    try:
        await anext(iterator)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    countdown = Countdown(2)
    print(aiter(countdown) is countdown, await anext(countdown), await anext(countdown, "x"), await anext(countdown, "done"))
    print([value async for value in aiter(Countdown(3))])


asyncio.run(main())

awaitable = anext(numbers(1), "default")
try:
    awaitable.send(None)
except StopIteration as stop:
    print("first", stop.value)
exhausted = numbers(0)
try:
    anext(exhausted, "default").send(None)
except StopIteration as stop:
    print("default", stop.value)
thrown = anext(numbers(3), 0)
try:
    thrown.throw(ValueError("into the generator"))
except ValueError as error:
    print("ValueError", error)

for call in [lambda: aiter(5), lambda: aiter([1]), lambda: anext(5), lambda: anext([1], None)]:
    try:
        call()
    except TypeError as error:
        print("TypeError", error)


class BadIterable:
    def __aiter__(self):
        return 1


try:
    aiter(BadIterable())
except TypeError as error:
    print("TypeError", error)
