# What `async for` (a statement or a comprehension clause) does when __anext__
# returns something that cannot be awaited: CPython raises TypeError naming it,
# caused by the error the await itself met.


def run(coroutine):
    try:
        while True:
            coroutine.send(None)
    except StopIteration as stop:
        return stop.value


class Returns:
    def __init__(self, make):
        self.make = make

    def __aiter__(self):
        return self

    def __anext__(self):
        return self.make()


class RaisingAwait:
    def __await__(self):
        1 / 0


made = []


class CoroutineAwait:
    def __await__(self):
        made.append(coroutine_function())
        return made[-1]


class NonIteratorAwait:
    def __await__(self):
        return 5


async def coroutine_function():
    return 1


async def statement(make):
    async for _ in Returns(make):
        return "no error"


async def comprehension(make):
    return [x async for x in Returns(make)]


async def generator_expression(make):
    return [x async for x in (y async for y in Returns(make))]


def describe(error):
    cause = error.__cause__
    return "%s: %s | cause %s: %s | context is cause: %s" % (
        type(error).__name__, error, type(cause).__name__, cause, error.__context__ is cause)


for make in (lambda: 7, RaisingAwait, CoroutineAwait, NonIteratorAwait):
    for form in (statement, comprehension, generator_expression):
        try:
            print(form.__name__, run(form(make)))
        except Exception as error:
            print(form.__name__, describe(error))

for unawaited in made:
    unawaited.close()
coroutine = coroutine_function()
print("a coroutine from __anext__ is awaited:", run(statement(lambda: coroutine)))
