# A StopIteration raised by the function map or filter calls (or by the callable of
# iter(callable, sentinel)) ends their iteration, as the end of the iterator would:
# whatever consumes them stops there, and the next request calls the function again.


def until_three(x):
    if x == 3:
        raise StopIteration("three")
    return x * 10


print(list(map(next, [iter([1]), iter([]), iter([2])])))
print(list(map(until_three, range(6))))
print([*map(until_three, range(6))], tuple(map(until_three, range(6))), set(map(until_three, range(6))))
print(sorted(map(until_three, range(6))), sum(map(until_three, range(6))), max(map(until_three, range(6))))
print(", ".join(map(str, map(until_three, range(6)))))
print(dict(zip("abcdef", map(until_three, range(6)))))

# The map is not exhausted for good: the source moved past 3, so the next call goes on from 4.
numbers = map(until_three, range(6))
print(list(numbers), list(numbers), list(numbers))

total = 0
for value in map(until_three, range(6)):
    total += value
print(total)

# next() on the map itself: the end shows as StopIteration.
stopped = map(until_three, [3])
try:
    next(stopped)
except StopIteration:
    print("next: StopIteration")
print(next(stopped, "default"))


def odd_until_seven(x):
    if x == 7:
        raise StopIteration
    return x % 2


print(list(filter(odd_until_seven, range(12))))
print(list(filter(lambda x: next(iter([])) if x == 2 else True, range(5))))

# iter(callable, sentinel) ends for good at the callable's StopIteration.
calls = iter([1, 2])
ended = iter(lambda: next(calls), None)
print(list(ended), list(ended))

# Elsewhere a StopIteration from a called function is an ordinary exception.
try:
    sorted(range(6), key=until_three)
except StopIteration as error:
    print("sorted:", repr(error))
try:
    [until_three(x) for x in range(6)]
except StopIteration as error:
    print("comprehension:", repr(error))


def generator_over_map():
    yield from map(until_three, range(6))
    yield "after"


print(list(generator_over_map()))
