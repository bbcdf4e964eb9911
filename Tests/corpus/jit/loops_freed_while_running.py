# Loops freed while they run: a hot loop whose body calls code that compiles new
# loops, collects, grows the dict its globals live in and drops code. Under
# `--jit loop_longevity=1` or a tiny `max_code` the running loop is freed in the
# middle of an iteration; it must finish that iteration exactly.
import gc

COUNTER = 0


def make_worker(seed):
    namespace = {"seed": seed}
    exec("def work(n):\n    total = seed\n    for k in range(n):\n        total += k % 7\n    return total\n", namespace)
    return namespace["work"]


def churn(step):
    global COUNTER
    COUNTER += 1
    total = make_worker(step)(50)
    if step % 3 == 0:
        gc.collect()
    if step % 5 == 0:
        globals()["extra_%d" % step] = step      # the globals dict grows: its entry array is replaced
    return total


def outer(n):
    total = 0
    for step in range(n):
        total += step * 2
        total += churn(step)
        total -= COUNTER
    return total


print(outer(40))
print(outer(40))
print(COUNTER, len([name for name in globals() if name.startswith("extra_")]))


def nested(n):
    result = []
    for i in range(n):
        inner_total = 0
        for j in range(i % 4 + 1):
            inner_total += j * i
        if i % 10 == 0:
            gc.collect()
        result.append(inner_total + churn(i) % 3)
    return sum(result)


print(nested(60))


def mix(step):
    # Arithmetic that makes the callers' traces worth compiling (it is inlined into them).
    acc = step
    acc = (acc * 3 + 1) % 1009
    acc = (acc * 5 + 2) % 1009
    acc = (acc * 7 + 3) % 1009
    acc = (acc * 11 + 4) % 1009
    acc = (acc * 13 + 5) % 1009
    acc = (acc * 17 + 6) % 1009
    acc = (acc * 19 + 7) % 1009
    acc = (acc * 23 + 8) % 1009
    acc = (acc * 29 + 9) % 1009
    acc = (acc * 31 + 10) % 1009
    acc = (acc * 37 + 11) % 1009
    acc = (acc * 41 + 12) % 1009
    return acc


def inlined_helper(step):
    # Inlined into the loop below; the call it leaves to the runtime compiles new loops, which
    # frees the running loop under loop_longevity=1 while this call's frame exists only in the trace.
    acc = mix(step)
    return make_worker(step)(20) + acc


def through_inlined(n):
    out = []
    for step in range(n):
        out.append(inlined_helper(step))
    return sum(out), len(out)


print(through_inlined(60))


class Made:
    def __init__(self, step):
        acc = mix(step)
        self.value = make_worker(step)(10) + acc


def constructed(n):
    total = 0
    for step in range(n):
        total += Made(step).value
    return total


print(constructed(60))
