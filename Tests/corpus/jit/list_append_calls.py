# items.append(x) called in hot loops: a helper appends in the trace. Lists
# that grow past their storage, lists of every kind of item, a list subclass
# with its own append, `append` rebound on an instance's attribute, and the
# wrong number of arguments must give what the interpreter gives.


class Recorder(list):
    def append(self, item):
        super().append(item * 2)


def fill(n):
    plain, sub, mixed = [], Recorder(), []
    for i in range(n):
        plain.append(i)
        sub.append(i)
        mixed.append(i if i % 3 else (str(i), i * 0.5, None))
    return len(plain), sum(plain), sum(sub), mixed[-3:]


print(fill(3000))


class Holder:
    def __init__(self):
        self.append = lambda x: None


def rebinding(n):
    out = []
    h = Holder()
    for i in range(n):
        target = out if i % 2 else h      # the same name, not always a list
        target.append(i)
    return len(out)


print(rebinding(3000))


def errors(n):
    out = []
    count = 0
    for i in range(n):
        try:
            if i % 100 == 99:
                out.append(i, i)          # TypeError
            else:
                out.append(i)
        except TypeError as e:
            count += 1
            msg = str(e)
    return len(out), count, msg


print(errors(3000))


def nested(n):
    grid = []
    for i in range(n):
        row = []
        for j in range(i % 9):
            row.append(j * i)
        grid.append(row)
    return sum(len(r) for r in grid), grid[-1]


print(nested(2000))
