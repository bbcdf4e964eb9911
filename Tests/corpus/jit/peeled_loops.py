# Loops the JIT peels: a preamble iteration, then a body that reads what the
# preamble computed and carries what each iteration changes. Values rotate
# through several variables at once, change type mid-loop, overflow into big
# ints, and loop invariants change under the loop; guards in the body fail
# late (their bridges serve the preamble's twin exits too).


def rotate(n):
    a, b, c = 1, 2, 3
    for i in range(n):
        a, b, c = b, c, a + i % 7
    return a, b, c


print(rotate(5000))


def changing_types(n):
    x = 0
    out = []
    for i in range(n):
        if i == 1500:
            x = x + 0.5
        elif i == 3000:
            x = str(x)
        if isinstance(x, str):
            x = x[:3] + "!"
        else:
            x = x + 1
    out.append(x)
    return out


print(changing_types(4000))


def overflow(n):
    x = 1
    y = 0
    for i in range(n):
        x = x * 3 + 1
        y = y ^ (x & 0xFFFF)
    return x % 1000003, y


print(overflow(200))


class Box:
    scale = 2


def invariants_change(n):
    box = Box()
    total = 0
    for i in range(n):
        total += box.scale * i
        if i == 2500:
            Box.scale = 3
        if i == 3500:
            box.scale = 5
    return total


print(invariants_change(5000))


def late_branch(n):
    s = 0
    t = 0.0
    for i in range(n):
        s += i
        t += 0.25
        if i % 1000 == 999:
            s -= 1000
            t = t * 0.5
    return s, t


print(late_branch(20000))


def nested(n):
    grid = [[(r * 7 + c) % 11 for c in range(30)] for r in range(n)]
    best = 0
    for row in grid:
        acc = 0
        for v in row:
            acc = acc * 2 % 1009 + v
        best = max(best, acc)
    return best


print(nested(300))


def while_loop(limit):
    a, b = 0, 1
    steps = 0
    while b < limit:
        a, b = b, a + b
        steps += 1
    return steps, b % 1000000007


print(while_loop(10 ** 60))
