class Fibonacci:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        a, b = 0, 1
        while a <= self.limit:
            yield a
            a, b = b, a + b
    def evens(self):
        return (n for n in self if n % 2 == 0)

fib = Fibonacci(100)
print(list(fib), list(fib.evens()), sum(fib))
it = iter(fib)
print(next(it), next(it), next(it), list(it)[-1])

class Accumulator:
    def __init__(self):
        self.total = 0
        self.consumer = self._consume()
        next(self.consumer)
    def _consume(self):
        while True:
            amount = yield self.total
            self.total += amount
    def add(self, amount):
        return self.consumer.send(amount)

acc = Accumulator()
print(acc.add(5), acc.add(10), acc.total)
