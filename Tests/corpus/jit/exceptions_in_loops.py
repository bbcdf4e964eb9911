# Exceptions raised in traced loops and caught outside or inside them.
def index_error(xs):
    total = 0
    i = 0
    try:
        while True:
            total += xs[i]
            i += 1
    except IndexError as e:
        return total, i, str(e)
print(index_error(list(range(3000))))

def caught_inside(n):
    errors = 0
    for i in range(n):
        try:
            x = 100 // (i % 50)
        except ZeroDivisionError:
            errors += 1
    return errors
print(caught_inside(5000))

def unbound(n):
    for i in range(n):
        if i == n - 1:
            del y
        y = i
    return y
try:
    unbound(3000)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

def deep(n):
    if n == 0:
        s = 0
        for i in range(2000):
            s += i
        return s
    return deep(n - 1)
print(deep(50))
try:
    def forever(n):
        for i in range(100):
            n += i
        return forever(n)
    forever(0)
except RecursionError as e:
    print("RecursionError caught")
