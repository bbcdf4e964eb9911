def compose(*functions):
    def composed(x):
        for f in reversed(functions):
            x = f(x)
        return x
    return composed

def partial(func, *bound):
    def call(*rest):
        return func(*bound, *rest)
    return call

def reduce(func, items, initial):
    acc = initial
    for item in items:
        acc = func(acc, item)
    return acc

inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose()(7))
power = lambda base, exp: base ** exp
two_to = partial(power, 2)
print([two_to(i) for i in range(6)])
print(reduce(lambda a, b: a * b, range(1, 8), 1), reduce(max, [3, 9, 2], 0))
print(list(map(pow, [2, 3], [3, 2])), list(map(lambda a, b: a - b, [10, 20, 30], [1, 2])))
