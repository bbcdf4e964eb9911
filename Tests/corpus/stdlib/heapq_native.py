# heapq over the native _heapq: the heap's order after each operation, the private
# max-heap helpers, and the errors CPython's C module raises.
import heapq
import _heapq

print(heapq.heappush is _heapq.heappush, heapq.heapify.__name__)
heap = []
for value in [5, 3, 8, 1, 9, 2, 7]:
    heapq.heappush(heap, value)
    print(heap)
print(heapq.heappop(heap), heap)
print(heapq.heapreplace(heap, 6), heap)
print(heapq.heappushpop(heap, 0), heap)
print(heapq.heappushpop(heap, 4), heap)
data = [9, 4, 7, 1, 8, 2, 2, 6, 3, 5, 0]
heapq.heapify(data)
print(data)
print([heapq.heappop(data) for _ in range(len(data))])

top = [3, 1, 4, 1, 5, 9, 2, 6]
heapq._heapify_max(top)
print(top)
print(heapq._heappop_max(top), top)
print(heapq._heapreplace_max(top, 0), top)
print(heapq.nlargest(3, [3, 1, 4, 1, 5, 9, 2, 6]), heapq.nsmallest(2, "hello"))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6])))
print(list(heapq.merge(["b", "dd"], ["a", "ccc"], key=len, reverse=False)))

# Tuples compare item by item: ties on the first fall to the second.
tasks = []
for entry in [(2, "write"), (1, "read"), (2, "close"), (1, "open")]:
    heapq.heappush(tasks, entry)
print([heapq.heappop(tasks) for _ in range(4)])


class Reverse:
    def __init__(self, value):
        self.value = value

    def __lt__(self, other):
        return self.value > other.value

    def __repr__(self):
        return "R(%d)" % self.value


items = [Reverse(n) for n in [4, 1, 3]]
heapq.heapify(items)
print(items)

for call in [lambda: heapq.heappush((1,), 2), lambda: heapq.heapify("abc"), lambda: heapq.heappop([]),
             lambda: heapq.heapreplace([], 1), lambda: heapq.heappush([]), lambda: heapq.heappop([1], 2),
             lambda: heapq.heappush([1, "a"], 2), lambda: heapq._heappop_max([])]:
    try:
        call()
    except Exception as error:
        print(type(error).__name__, error)
print(heapq.heappushpop([], 5))


class Shrinker(int):
    def __lt__(self, other):
        heap.clear()
        return NotImplemented


heap = []
heapq.heappush(heap, Shrinker(1))
try:
    heapq.heappushpop(heap, 0)
except IndexError as error:
    print("IndexError", error)


class SideEffect:
    def __init__(self, value, heap):
        self.value, self.heap = value, heap

    def __lt__(self, other):
        self.heap[:] = []
        return self.value < other.value


heap = []
heap.extend(SideEffect(n, heap) for n in range(20))
try:
    heapq.heappush(heap, SideEffect(5, heap))
except RuntimeError as error:
    print("RuntimeError", error)
