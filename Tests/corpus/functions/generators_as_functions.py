def countdown(n):
    while n > 0:
        yield n
        n -= 1

def fizzbuzz(limit):
    for i in range(1, limit + 1):
        if i % 15 == 0:
            yield "FizzBuzz"
        elif i % 3 == 0:
            yield "Fizz"
        elif i % 5 == 0:
            yield "Buzz"
        else:
            yield str(i)

print(list(countdown(5)), " ".join(fizzbuzz(15)))
print(type(countdown(1)).__name__, countdown.__name__)
