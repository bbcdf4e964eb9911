# Container-building instructions a trace leaves to the runtime, in hot loops:
# slices, sets and set comprehensions, dict comprehensions, star-unpacking into
# lists and tuples, `del` of items; their operands changing type mid-loop.
# (Arithmetic pads some loops so that their traces are worth compiling.)
def mix(i):
    # Arithmetic that makes the callers' traces worth compiling (it is inlined into them).
    w = (i * 3 + 1) % 101
    w = (w * 5 + i) % 101
    w = (w * 7 - i) % 101
    w = (w * 11 + 2) % 101
    w = (w * 13 + 3) % 101
    w = (w * 17 + 4) % 101
    w = (w * 19 + 5) % 101
    w = (w * 23 + 6) % 101
    w = (w * 29 + 7) % 101
    w = (w * 31 + 8) % 101
    return w


def slices(n):
    data = list(range(20))
    total = 0
    for i in range(n):
        k = i % 10
        w = mix(i)
        total += w + sum(data[k:k + 3]) + len(data[::k + 1]) + data[-k - 1:][0]
        if i == n // 2:
            data = tuple(data)
    return total


print(slices(3000))


def sets_and_dicts(n):
    seen = set()
    sizes = 0
    for i in range(n):
        s = {i % 7, i % 11, i % 13}
        s.add(i % 3)
        d = {k: k * 3 for k in range(i % 40)}
        sq = {k * k for k in range(i % 50)}
        seen |= s
        sizes += len(s) + len(d) + len(sq)
    return sizes, sorted(seen)


print(sets_and_dicts(3000))


def star_unpacking(n):
    acc = 0
    for i in range(n):
        w = mix(i)
        head = [i, w]
        both = [*head, *range(i % 3)]
        t = (*both, i)
        acc += len(both) + len(t) + t[-1]
    return acc


print(star_unpacking(3000))


def deletions(n):
    d = {}
    lst = list(range(100))
    for i in range(n):
        d[i % 50] = i
        if i % 3 == 0:
            del d[i % 50]
        if lst and i % 5 == 0:
            del lst[0]
    return len(d), sum(d.values()), len(lst)


print(deletions(3000))
