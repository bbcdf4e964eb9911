# A coroutine collected before it ran warns "coroutine '...' was never awaited"
# (RuntimeWarning, through the warnings module); one that ran, or was closed, does not.
import gc
import warnings


async def never():
    return 1


class Holder:
    async def method(self):
        pass


def make_and_drop(function):
    function()


def collect_warnings(body):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        body()
        gc.collect()
    return [(warning.category.__name__, str(warning.message)) for warning in caught]


print(collect_warnings(lambda: make_and_drop(never)))
print(collect_warnings(lambda: make_and_drop(Holder().method)))


def run_it():
    coroutine = never()
    try:
        coroutine.send(None)
    except StopIteration as stop:
        print("returned", stop.value)


print(collect_warnings(run_it))


def close_it():
    never().close()


print(collect_warnings(close_it))
coroutine = never()
print(coroutine.cr_origin)
coroutine.close()
