# time.get_clock_info: what each clock is and how it behaves, and its errors.
import time

for name in ["time", "monotonic", "perf_counter", "process_time", "thread_time"]:
    info = time.get_clock_info(name)
    print(name, info.implementation, info.monotonic, info.adjustable, 0 < info.resolution < 1e-3)
    print(type(info).__name__, sorted(vars(info)))
print(time.thread_time() >= 0, isinstance(time.thread_time_ns(), int))
for argument in ["clock", 1, None]:
    try:
        time.get_clock_info(argument)
    except (TypeError, ValueError) as error:
        print(type(error).__name__, error)
