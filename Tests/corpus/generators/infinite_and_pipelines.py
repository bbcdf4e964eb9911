def naturals():
    n = 1
    while True:
        yield n
        n += 1

def take(n, iterable):
    for i, value in enumerate(iterable):
        if i >= n:
            return
        yield value

def primes():
    found = []
    for n in naturals():
        if n < 2:
            continue
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n

evens = (n for n in naturals() if n % 2 == 0)
print(list(take(5, evens)))
print(list(take(10, primes())))
squares_of_odd = (n * n for n in naturals() if n % 2)
print(list(take(4, squares_of_odd)))
def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(take(15, fibonacci())))
