# Asynchronous generator objects can be created, shown, inspected and dropped, and a
# collection frees them.
import gc


async def agen():
    yield 1


class Holder:
    async def method(self, n):
        for i in range(n):
            yield i


made = [agen() for _ in range(100)] + [Holder().method(3) for _ in range(100)]
first = made[0]
print(type(first).__name__, repr(first).split(" at ")[0], first.__name__, first.__qualname__)
print(made[-1].__qualname__, first.ag_running, type(first.ag_code).__name__, first.__aiter__() is first)
print(hasattr(first, "__anext__"), hasattr(first, "asend"), hasattr(first, "athrow"), hasattr(first, "aclose"))
print(hasattr(first, "send"), hasattr(first, "__next__"))
del made, first
gc.collect()
print(type(agen()).__name__, "after collect")
