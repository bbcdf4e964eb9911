# What a collected Future or Task reports: an exception nobody retrieved, a task still pending.
import asyncio
import gc

loop = asyncio.new_event_loop()
loop.set_exception_handler(lambda loop, context: print("handler:", context["message"],
                                                       type(context.get("exception")).__name__,
                                                       sorted(context)))


def lost_exception():
    f = loop.create_future()
    f.set_exception(ValueError("lost"))


def retrieved_exception():
    f = loop.create_future()
    f.set_exception(ValueError("seen"))
    f.exception()


class Sub(asyncio.Future):
    pass


def lost_in_subclass():
    f = Sub(loop=loop)
    f.set_exception(KeyError("sub"))


async def forever():
    await loop.create_future()


def pending_task():
    t = loop.create_task(forever())
    loop.run_until_complete(asyncio.sleep(0))


def quiet_pending_task():
    t = loop.create_task(forever())
    t._log_destroy_pending = False
    loop.run_until_complete(asyncio.sleep(0))


for case in (lost_exception, retrieved_exception, lost_in_subclass, quiet_pending_task, pending_task):
    print(case.__name__)
    case()
    gc.collect()
    gc.collect()
print("end")
