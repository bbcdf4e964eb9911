# Where asynchronous comprehensions compile, as CPython 3.11 decides: an
# asynchronous list, set or dict comprehension only directly in an async def
# or in another comprehension; an asynchronous generator expression anywhere.
# Each source is compiled, and the error's message and position printed.

SOURCES = [
    "[x async for x in y]",
    "{x async for x in y}",
    "{x: 1 async for x in y}",
    "(x async for x in y)",
    "def f():\n    return [x async for x in y]",
    "def f():\n    return (x async for x in y)",
    "def f():\n    return [await x for x in y]",
    "def f():\n    {await x for x in y}",
    "def f():\n    [i for i in range(3) if await x]",
    "def f():\n    [x for x in y async for z in x]",
    "def f():\n    (x for x in y async for z in x)",
    "async def f():\n    return [[x async for x in y] for y in z]",
    "def f():\n    return   [[x async for x in y] for y in z]",
    "def f():\n    [[await x for x in y] for y in z]",
    "def f():\n    return ([x async for x in y] for y in z)",
    "def f():\n    [(await x for x in y) for y in z]",
    "async def f():\n    return lambda: [x async for x in y]",
    "async def f():\n    return lambda: (x async for x in y)",
    "async def f():\n    class C:\n        a = [x async for x in y]",
    "async def f():\n    class C:\n        a = (x async for x in y)",
    "async def f():\n    def g():\n        await z\n    [x async for x in y]",
    "def f():\n    await z\n    [x async for x in y]",
    "def f():\n    [x async for x in y]\n    await z",
    "[lambda: await x for x in y]",
    "async def f():\n    [lambda: await x for x in y]",
    "def f():\n    [x for x in await y]",
    "async def f():\n    [x for x in await y]",
    "def f():\n    [[x async for x in y] for y in await z]",
    "def f():\n    {x: 1 for x in (await y for y in z)}",
    "async def f():\n    yield [x async for x in y]",
    "async def f():\n    return [(yield x) async for x in y]",
    "async def f():\n    return {k: await v async for k, v in y if await k}",
    "class C:\n    [x async for x in y]",
    "await x",
    "def f():\n    x = [\n        y\n        async for y in z\n    ]",
]

for source in SOURCES:
    try:
        compile(source, "<case>", "exec")
        print("compiles:", repr(source))
    except SyntaxError as error:
        print("%s: %s (%s, %s, %s, %s)" % (type(error).__name__, error.msg, error.lineno, error.offset,
                                          error.end_lineno, error.end_offset))


def flags(source, name):
    namespace = {}
    exec(compile(source, "<flags>", "exec"), namespace)
    code = namespace[name].__code__
    comprehensions = [c for c in code.co_consts if hasattr(c, "co_flags")]
    return [(c.co_name, bool(c.co_flags & 0x80), bool(c.co_flags & 0x200), bool(c.co_flags & 0x20))
            for c in comprehensions]


# (name, coroutine, async generator, generator) of the comprehensions' code objects.
print(flags("async def f(y):\n    return [x async for x in y]", "f"))
print(flags("async def f(y):\n    return [await x for x in y]", "f"))
print(flags("async def f(y):\n    return [[x async for x in z] for z in y]", "f"))
print(flags("def f(y):\n    return (x async for x in y)", "f"))
print(flags("def f(y):\n    return ([x async for x in z] for z in y)", "f"))
print(flags("def f(y):\n    return [x for x in y]", "f"))
