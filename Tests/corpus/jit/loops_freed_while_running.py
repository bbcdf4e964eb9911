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
