# Guards that fail often grow bridges (traces from the guard back to the loop
# header). Each case makes a hot loop leave the same way many times, then
# changes what the bridge assumed, so the bridge's own guards fail too.
import sys


class Circle:
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3 * self.r * self.r


class Square:
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side


class Strip:
    def __init__(self, width):
        self.width = width
        self.length = 10

    def area(self):
        if self.width > 5:
            return self.width * self.length
        return self.length


def polymorphic_calls(n):
    shapes = [Circle(1), Square(2), Strip(3), Strip(8), Square(5)]
    total = 0
    for i in range(n):
        total += shapes[i % 5].area()
    return total


print("polymorphic", polymorphic_calls(4000))


def phases(n):
    total = 0
    for i in range(n):
        if i < n // 3 or i > 2 * n // 3:
            total += i % 7
        else:
            total -= i % 5
    return total


print("phases", phases(6000))


def branchy(x):
    if x % 3 == 0:
        return x // 3
    if x % 3 == 1:
        return helper(x)
    return -x


def helper(x):
    if x > 2500:
        return 10 // (x - 2998)
    return x * 2


def bridge_inside_inlined_call(n):
    total = 0
    try:
        for i in range(n):
            total += branchy(i)
    except ZeroDivisionError as error:
        print("caught", type(error).__name__, "at total", total)
    return total


print("inlined", bridge_inside_inlined_call(4000))


def changing_types(n):
    values = [1, 2.5, "s", None, 7, (1,), 3.0, True]
    counts = {}
    total = 0.0
    for i in range(n):
        value = values[i % len(values)]
        if i == n // 2:
            values[2] = 9.75
        if value is None:
            total -= 1
        elif isinstance(value, str):
            total += len(value)
        elif isinstance(value, tuple):
            total += value[0]
        else:
            total += value
        name = type(value).__name__
        counts[name] = counts.get(name, 0) + 1
    return total, sorted(counts.items())


print("types", changing_types(5000))


class Counter:
    step = 1

    def bump(self, x):
        return x + self.step


def class_attribute_rebound(n):
    counter = Counter()
    total = 0
    for i in range(n):
        if i % 3:
            total = counter.bump(total)
        else:
            total -= 1
        if i == n // 2:
            Counter.step = 5
        if i == 3 * n // 4:
            Counter.bump = lambda self, x: x - 2
    return total


print("rebound", class_attribute_rebound(6000))


def depth(k):
    if k == 0:
        return 0
    return 1 + depth(k - 1)


def recursion_in_bridge(n):
    total = 0
    limit = sys.getrecursionlimit()
    for i in range(n):
        if i % 4 == 3:
            try:
                total += depth(limit + 10 if i == n - 1 else 20)
            except RecursionError:
                print("RecursionError at", i)
        else:
            total += 1
    return total


print("recursion", recursion_in_bridge(3000))


def where():
    frame = sys._getframe(1)
    return frame.f_code.co_name, frame.f_lineno > 0


def inner_path(x):
    if x % 2:
        return where()
    return ("even", True)


def frames_on_bridge_path(n):
    seen = set()
    for i in range(n):
        seen.add(inner_path(i))
    return sorted(seen)


print("frames", frames_on_bridge_path(3000))


def squares(k):
    for j in range(k):
        yield j * j


def generator_on_bridge(n):
    total = 0
    for i in range(n):
        if i % 6 == 5:
            total += sum(squares(i % 9))
        else:
            total += i & 3
    return total


print("generator", generator_on_bridge(4000))


def early_exits(n):
    found = []
    for i in range(n):
        if i % 97 == 96:
            found.append(i)
            if len(found) == 30:
                break
        elif i % 2:
            continue
    for i in range(n):
        if i % 3 == 2 and i > 2500:
            return found[-1], i
    return found[-1], None


print("exits", early_exits(5000))


def nested_bridges(n):
    total = 0
    for i in range(n):
        a = i % 5
        if a == 0:
            total += 1
        elif a == 1:
            if i % 10 == 1:
                total += 2
            else:
                total += 3
        elif a == 2:
            total *= 1
        else:
            total -= 1 if i % 7 else -4
    return total


print("nested", nested_bridges(8000))


def overflow_on_bridge(n):
    big = 0
    for i in range(n):
        if i % 4 == 1:
            big = big * 3 + i
        else:
            big += 1
    return big % 1000003, big.bit_length()


print("overflow", overflow_on_bridge(300))
