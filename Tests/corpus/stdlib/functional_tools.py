# functools, itertools, operator, bisect, heapq.
import functools
import itertools
import operator
import bisect
import heapq

print(functools.reduce(operator.add, [1, 2, 3, 4]), functools.reduce(lambda a, b: a * b, [], 1))
double = functools.partial(operator.mul, 2)
print(double(21), functools.partial(int, base=2)("1010"))

@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info().hits > 0)

def shout(f):
    @functools.wraps(f)
    def wrapper(*args):
        return f(*args).upper()
    return wrapper

@shout
def greet(name):
    "Say hello."
    return "hello " + name
print(greet("ada"), greet.__name__, greet.__doc__)

@functools.total_ordering
class Version:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        return self.n == other.n
    def __lt__(self, other):
        return self.n < other.n
print(Version(1) <= Version(2), Version(3) > Version(2), Version(2) >= Version(2))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))

print(list(itertools.islice(itertools.count(10, 5), 4)), list(itertools.repeat("x", 3)))
print(list(itertools.chain([1, 2], (3,), "ab")), list(itertools.chain.from_iterable([[1], [2, 3]])))
print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.accumulate([1, 2, 3], operator.mul)))
print(list(itertools.product("ab", repeat=2)), list(itertools.permutations([1, 2, 3], 2)))
print(list(itertools.combinations("abcd", 2)), list(itertools.combinations_with_replacement("ab", 2)))
print([(k, list(g)) for k, g in itertools.groupby("aaabccdd")])
print(list(itertools.zip_longest([1, 2, 3], "ab", fillvalue="-")), list(itertools.starmap(pow, [(2, 3), (3, 2)])))
print(list(itertools.takewhile(lambda v: v < 3, [1, 2, 3, 1])), list(itertools.dropwhile(lambda v: v < 3, [1, 2, 3, 1])))
print(list(itertools.pairwise("abcd")), list(itertools.compress("abcdef", [1, 0, 1, 0, 1, 1])))
a, b = itertools.tee([1, 2, 3])
print(list(a), list(b), list(itertools.filterfalse(None, [0, 1, 0, 2])))
print(list(itertools.islice("abcdefg", 1, 6, 2)), next(itertools.cycle("xy")))

print(operator.itemgetter(1)([5, 6]), operator.itemgetter(0, 2)("abc"), operator.attrgetter("real")(3))
print(operator.methodcaller("upper")("abc"), operator.add(2, 3), operator.neg(4), operator.contains([1], 1))

scores = [10, 20, 30, 40]
print(bisect.bisect(scores, 25), bisect.bisect_left(scores, 20), bisect.bisect_right(scores, 20))
bisect.insort(scores, 25)
print(scores)

heap = []
for value in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(heap, value)
print(heap, [heapq.heappop(heap) for _ in range(3)], heap)
data = [9, 4, 7, 1, 8]
heapq.heapify(data)
print(data, heapq.nsmallest(2, [5, 3, 9]), heapq.nlargest(2, [5, 3, 9]), heapq.heappushpop(data, 0), data)
