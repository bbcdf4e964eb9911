# len() in traced loops: of lists that grow and shrink, tuples, and values whose
# type changes mid-loop (str, dict, a class with __len__, one whose __len__
# raises); len rebound as a module global and in builtins while the loop runs.
import builtins


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class Broken:
    def __len__(self):
        raise RuntimeError("no length")


def growing(n):
    items = []
    total = 0
    for i in range(n):
        items.append(i)
        if i % 3 == 0:
            items.pop()
        total += len(items) + len((i, i))
    return total


print(growing(3000))


def changing(n):
    values = [[1, 2, 3], (1, 2), "abcd", {1: 2}, Sized(9), [], ()]
    total = 0
    for i in range(n):
        total += len(values[(i // 200) % len(values)])
    return total


print(changing(3000))


def raising(n):
    values = [[1] * 5] * 1500 + [Broken()]
    total = 0
    try:
        for v in values[:n]:
            total += len(v)
    except RuntimeError as e:
        return total, str(e)
    return total


print(raising(2000))


def rebound(n):
    global len
    total = 0
    for i in range(n):
        if i == 1000:
            len = lambda x: 100
        if i == 1500:
            del len
        if i == 2000:
            builtins.len = lambda x: -1
        total += len([i])
    builtins.len = original
    return total


original = builtins.len
print(rebound(2500))
print(len([1, 2, 3]))
