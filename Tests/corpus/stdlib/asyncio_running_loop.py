# _asyncio's module functions: the running loop, the current task, the task registry.
import asyncio
import _asyncio
import asyncio.events as events
import asyncio.tasks as tasks

print(events._get_running_loop is _asyncio._get_running_loop, tasks._enter_task is _asyncio._enter_task)
print(_asyncio._get_running_loop())
try:
    _asyncio.get_running_loop()
except RuntimeError as error:
    print("RuntimeError", error)

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(_asyncio.get_event_loop() is loop, _asyncio._get_event_loop() is loop, _asyncio._get_event_loop(4) is loop)


async def inside():
    print(_asyncio.get_running_loop() is loop, _asyncio._get_running_loop() is loop)
    task = asyncio.current_task()
    print(_asyncio._current_tasks[loop] is task, task in _asyncio._all_tasks)
    try:
        _asyncio._enter_task(loop, task)
    except RuntimeError as error:
        print("enter:", str(error).startswith("Cannot enter into task"))
    try:
        _asyncio._leave_task(loop, None)
    except RuntimeError as error:
        print("leave:", str(error).startswith("Leaving task None does not match the current task"))


loop.run_until_complete(inside())
print(_asyncio._get_running_loop(), loop not in _asyncio._current_tasks)
try:
    _asyncio._leave_task(loop, "t")
except RuntimeError as error:
    print(error)
_asyncio._enter_task(loop, "t")
print(_asyncio._current_tasks[loop])
_asyncio._leave_task(loop=loop, task="t")
print(loop in _asyncio._current_tasks)


class Registered:
    pass


r = Registered()
_asyncio._register_task(r)
print(r in _asyncio._all_tasks)
_asyncio._unregister_task(task=r)
print(r in _asyncio._all_tasks)
_asyncio._set_running_loop(loop)
print(asyncio.get_running_loop() is loop)
_asyncio._set_running_loop(None)
print(_asyncio._get_running_loop())
asyncio.set_event_loop(None)
loop.close()
