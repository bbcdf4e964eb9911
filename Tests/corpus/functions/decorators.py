def trace(func):
    def wrapper(*args, **kwargs):
        print(f"-> {func.__name__}{args}")
        result = func(*args, **kwargs)
        print(f"<- {func.__name__} = {result}")
        return result
    return wrapper

def repeat(times):
    def decorator(func):
        def wrapper(*args):
            return [func(*args) for _ in range(times)]
        return wrapper
    return decorator

@trace
def add(a, b):
    return a + b

@repeat(3)
def hello(name):
    return "hi " + name

add(2, 3)
print(hello("x"))

calls = []
def register(func):
    calls.append(func.__name__)
    return func

@register
@trace
def stacked(n):
    return n * 2

stacked(4)
print(calls)

def memoize(func):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = func(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper

@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

print(fib(80), len(fib.cache))
