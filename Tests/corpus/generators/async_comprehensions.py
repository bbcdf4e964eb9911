# Asynchronous comprehensions inside async functions: `async for` clauses,
# `await` in the element, the conditions and inner iterables, mixed with plain
# `for` clauses, nested, and the four kinds. Coroutines are stepped by a tiny
# runner, so every suspension is visible.


class Suspend:
    """An awaitable that suspends once with its label and then returns its value."""
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


class Countdown:
    def __init__(self, start):
        self.current = start

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.current <= 0:
            raise StopAsyncIteration
        self.current -= 1
        return self.current


async def double(x):
    await Suspend("double %d" % x)
    return 2 * x


async def kinds():
    as_list = [x async for x in agen(3)]
    as_set = {x % 2 async for x in agen(4, "s")}
    as_dict = {x: x * x async for x in Countdown(3)}
    return as_list, sorted(as_set), as_dict


print(run(kinds()))


async def awaits_inside():
    elements = [await double(x) for x in range(3)]
    conditions = [x for x in range(5) if await double(x) > 4]
    keys = {await double(k): v for k, v in [(1, "a"), (2, "b")]}
    both = [await double(x) async for x in agen(2) if x or await double(10)]
    return elements, conditions, keys, both


print(run(awaits_inside()))


async def mixed_clauses():
    pairs = [(x, y) for x in range(2) async for y in agen(2, "m%d." % x)]
    triples = [(x, y, z) async for x in Countdown(2) for y in "ab" async for z in agen(x + 1, "t")
               if z != 1 if y != "b" or x]
    inner_from_outer = [y async for x in agen(3, "o") async for y in agen(x, "i%d." % x)]
    return pairs, triples, inner_from_outer


print(run(mixed_clauses()))


async def nested():
    # A sync comprehension holding an async one is itself asynchronous.
    grid = [[x * y async for x in agen(3, "r%d." % y)] for y in range(1, 3)]
    sets = [{await double(x)} for x in range(2)]
    # An async generator expression inside a list comprehension stays an object.
    generators = [(x async for x in agen(k)) for k in range(2)]
    names = [type(g).__name__ for g in generators]
    drained = [[x async for x in g] for g in generators]
    return grid, sets, names, drained


print(run(nested()))


async def scoping():
    x = "outer"
    result = [x async for x in agen(2)]
    captured = [lambda: x async for x in agen(2)]
    walrus = [(last := x) async for x in agen(3)]
    return x, result, [f() for f in captured], last, walrus


print(run(scoping()))


async def outermost_evaluated_first():
    order = []

    def source(label):
        order.append(label)
        return agen(2, label)

    result = [(x, y) async for x in source("outer") async for y in source("inner")]
    return order, result


print(run(outermost_evaluated_first()))


async def async_generator_uses_comprehension():
    for n in range(3):
        yield [x async for x in agen(n, "y")]


async def drive_async_generator():
    return [chunk async for chunk in async_generator_uses_comprehension()]


print(run(drive_async_generator()))


async def over_list():
    return [x async for x in [1, 2]]


async def over_int():
    return [x async for x in 5]


async def inner_over_range():
    return {x async for x in agen(2) async for y in range(2)}


async def inner_over_list():
    return {x for x in range(2) async for y in [x]}


async def errors():
    messages = []
    for make in (over_list, over_int, inner_over_range, inner_over_list):
        try:
            await make()
        except TypeError as error:
            messages.append(str(error))
    try:
        [x async for x in agen(3) if 1 / (x - 1)]
    except ZeroDivisionError as error:
        messages.append("raised inside: %s" % error)
    return messages


async def errors_awaited():
    try:
        return await errors()
    except TypeError as error:
        return "escaped: %s" % error


print(run(errors_awaited()))


async def failing_anext():
    class Failing:
        def __aiter__(self):
            return self

        async def __anext__(self):
            raise KeyError("from __anext__")

    try:
        return [x async for x in Failing()]
    except KeyError as error:
        return "re-raised: %r" % error


print(run(failing_anext()))
print([type(f).__name__ for f in (kinds, agen)], kinds.__code__.co_flags & 0x80 != 0)


async def hot_loops():
    # Long enough for the JIT to trace the comprehensions' loops at its defaults.
    counted = [x * 2 async for x in Countdown(3000) if x % 3]
    awaited = {x: await double(x) for x in range(1500)}
    return len(counted), sum(counted), sum(awaited.values())


yielded, result = run(hot_loops())
print(len(yielded), result)
