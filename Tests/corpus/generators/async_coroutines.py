class Ready:
    """An awaitable that suspends once, handing a request to whoever drives the coroutine."""
    def __init__(self, request):
        self.request = request
    def __await__(self):
        reply = yield self.request
        return reply


async def fetch(key):
    value = await Ready(("fetch", key))
    return f"{key}={value}"


async def gather(keys):
    results = []
    for key in keys:
        results.append(await fetch(key))
    return results


def drive(coroutine, database):
    """A minimal event loop: answer every request the coroutine yields, until it returns."""
    reply = None
    while True:
        try:
            request = coroutine.send(reply)
        except StopIteration as stop:
            return stop.value
        kind, key = request
        print("loop handles", kind, key)
        reply = database.get(key, "missing")


coroutine = gather(["a", "b", "z"])
print(type(coroutine).__name__)
print(drive(coroutine, {"a": 1, "b": 2}))

async def failing():
    await Ready(("fetch", "x"))
    raise RuntimeError("async failure")

try:
    drive(failing(), {})
except RuntimeError as error:
    print("RuntimeError:", error)

async def simple():
    return 42
c = simple()
try:
    c.send(None)
except StopIteration as stop:
    print("returned", stop.value)
