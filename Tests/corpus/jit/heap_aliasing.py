# Loads and stores of heap memory in hot loops, where the same memory is reached
# by two names: the trace may keep a loaded field or item only while no store
# can have changed it, and may drop a store only of what the memory holds.

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def same_list_two_names(n):
    a = [0, 0, 0]
    b = a
    total = 0
    for i in range(n):
        a[0] = i          # the item b[0] reads
        total += b[0]
        a[1] = i * 2      # another item: b[0] stays
        total += b[0] + b[1]
    return total, a


def item_at_unknown_index(n):
    items = [1, 2, 3, 4]
    total = 0
    for i in range(n):
        first = items[0]
        items[i % 4] = first + i     # may be items[0]
        total += items[0] + first
    return total, items


def same_instance_two_names(n):
    p = Point(1, 2)
    q = p
    total = 0
    for i in range(n):
        total += p.x
        q.x = i           # p.x changes
        total += p.x * 10 + p.y
    return total, p.x, p.y


def store_back_then_store(n):
    p = Point(5, 7)
    total = 0
    for i in range(n):
        p.x = p.x if p.x > i else i     # stores what it read until i passes 5
        p.y = p.y                        # stores what it read
        total += p.x + p.y
        p.y = i                          # a real store after the dropped one
        total += p.y
    return total, p.x, p.y


def iterate_while_writing(n):
    xs = list(range(8))
    seen = []
    for k in range(n):
        for j, x in enumerate(xs):
            xs[(j + 1) % 8] = x + k      # writes the item the iterator reads next
            seen.append(x)
    return sum(seen), len(seen), xs


def two_iterators_one_list(n):
    xs = list(range(10))
    total = 0
    for _ in range(n):
        it = iter(xs)
        for a, b in zip(it, it):
            total += a * b
    return total


def tuples_made_and_read(n):
    total = 0
    pair = (0, 0)
    for i in range(n):
        old = pair
        pair = (i, old[0])
        total += pair[1] - old[1] + pair[0]
    return total, pair


def globals_rebound(n):
    global counter
    total = 0
    for i in range(n):
        total += counter
        if i % 3 == 0:
            counter = counter + 1
    return total, counter


counter = 0


def dict_changed_in_loop(n):
    d = {"a": 1, "b": 2}
    total = 0
    for i in range(n):
        total += d["a"]
        d["a"] = i
        total += d["a"] + d["b"]
        if i == n // 2:
            d["c"] = 3           # the dict grows: its entries may move
        total += d.get("c", 0)
    return total, sorted(d.items())


def appended_while_read(n):
    xs = [1]
    total = 0
    for i in range(n):
        total += len(xs) + xs[-1]
        xs.append(i)
        total += xs[-1]
    return total, len(xs)


for f in (same_list_two_names, item_at_unknown_index, same_instance_two_names, store_back_then_store,
          iterate_while_writing, two_iterators_one_list, tuples_made_and_read, globals_rebound,
          dict_changed_in_loop, appended_while_read):
    print(f.__name__, f(300))
