# Loops inside loops: an outer loop's trace goes on into its inner loop's
# machine code, and a bridge from the inner loop's end goes on into the outer
# loop's. Each case changes something the linked code assumed.
import sys


def grid(n, m):
    total = 0
    for i in range(n):
        for j in range(m):
            total += (i * j) % 11
        total -= i % 3
    return total


print("grid", grid(400, 12))


def ragged(n):
    total = 0
    for i in range(n):
        for j in range(i % 5):
            total += j
        for item in [i, i + 1, i + 2][: i % 4]:
            total ^= item
    return total


print("ragged", ragged(3000))


def triple(n):
    count = 0
    for a in range(n):
        for b in range(a % 4 + 1):
            for c in range(3):
                count += a + b - c
    return count


print("triple", triple(1200))


def while_inside(n):
    total = 0
    for i in range(n):
        k = i % 9
        while k > 0:
            total += k
            k -= 2
    return total


print("while", while_inside(4000))


def breaks_and_else(n):
    found = 0
    for i in range(n):
        for j in range(2, 12):
            if (i + j) % 13 == 0:
                found += j
                break
        else:
            found -= 1
    return found


print("breaks", breaks_and_else(4000))


def raises_inside(n):
    caught = 0
    total = 0
    for i in range(n):
        try:
            for j in range(6):
                total += 100 // ((i + j) % 50)
        except ZeroDivisionError:
            caught += 1
    return caught, total


print("raises", raises_inside(3000))


SCALE = 2


def global_changes(n):
    global SCALE
    total = 0
    for i in range(n):
        for j in range(4):
            total += j * SCALE
        if i == n // 2:
            SCALE = 2.5
    return total


print("globals", global_changes(3000))


def types_change(n):
    rows = [[1, 2, 3], [1.5, 2.5], ["a", "b"], [None], [(1, 2)]]
    kinds = {}
    for i in range(n):
        for value in rows[i % len(rows)] if i < n - 10 else rows[i % 2]:
            name = type(value).__name__
            kinds[name] = kinds.get(name, 0) + 1
    return sorted(kinds.items())


print("types", types_change(3000))


def nested_recursive(depth, n):
    total = 0
    for i in range(n):
        for j in range(3):
            total += i * j
        if depth > 0 and i % 50 == 0:
            total += nested_recursive(depth - 1, n // 2)
    return total


print("recursive", nested_recursive(3, 400))


def where_am_i():
    return sys._getframe(1).f_code.co_name


def frames_inside(n):
    names = set()
    for i in range(n):
        for j in range(2):
            if (i + j) % 97 == 0:
                names.add(where_am_i())
    return sorted(names)


print("frames", frames_inside(3000))


def generator_rows(n):
    for i in range(n):
        yield [i % 3, i % 5, i % 7]


def over_generator(n):
    total = 0
    for row in generator_rows(n):
        for x in row:
            total += x
    return total


print("generator", over_generator(3000))


def deep_near_limit():
    def descend(k):
        if k == 0:
            return grid(30, 4)
        return descend(k - 1)
    try:
        return descend(sys.getrecursionlimit() - 40)
    except RecursionError:
        return "RecursionError"


print("near limit", deep_near_limit())


def phases():
    results = []
    for phase in range(6):
        total = 0
        for i in range(500):
            for j in range(phase + 1):
                total += (i + j * phase) % 7
        results.append(total)
    return results


print("phases", phases())


def globals_grow(n):
    import gc
    total = 0
    for i in range(n):
        for j in range(5):
            total += j + SCALE_BASE
            if i % 200 == 199 and j == 4:
                # A new global replaces the dict's entry array the traces guard: it dies,
                # and the loops naming it are freed while they run.
                globals()["grown_%d" % i] = i
                gc.collect()
        total -= 1
    return total


SCALE_BASE = 3
print("globals grow", globals_grow(3000))
