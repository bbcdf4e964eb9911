"""An LRU cache built from a dict and a doubly linked list, used to memoise and to simulate a page cache."""


class Entry:
    __slots__ = ("key", "value", "prev", "next")

    def __init__(self, key=None, value=None):
        self.key = key
        self.value = value
        self.prev = self.next = None


class LRUCache:
    def __init__(self, capacity):
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self.capacity = capacity
        self.map = {}
        self.head = Entry()
        self.tail = Entry()
        self.head.next, self.tail.prev = self.tail, self.head
        self.hits = self.misses = self.evictions = 0

    def _unlink(self, entry):
        entry.prev.next, entry.next.prev = entry.next, entry.prev

    def _push_front(self, entry):
        entry.prev, entry.next = self.head, self.head.next
        self.head.next.prev = entry
        self.head.next = entry

    def get(self, key, default=None):
        entry = self.map.get(key)
        if entry is None:
            self.misses += 1
            return default
        self.hits += 1
        self._unlink(entry)
        self._push_front(entry)
        return entry.value

    def put(self, key, value):
        entry = self.map.get(key)
        if entry is not None:
            entry.value = value
            self._unlink(entry)
            self._push_front(entry)
            return None
        if len(self.map) >= self.capacity:
            oldest = self.tail.prev
            self._unlink(oldest)
            del self.map[oldest.key]
            self.evictions += 1
            evicted = oldest.key
        else:
            evicted = None
        entry = Entry(key, value)
        self.map[key] = entry
        self._push_front(entry)
        return evicted

    def __contains__(self, key):
        return key in self.map

    def __len__(self):
        return len(self.map)

    def __iter__(self):
        entry = self.head.next
        while entry is not self.tail:
            yield entry.key
            entry = entry.next

    def __repr__(self):
        return f"LRUCache({list(self)}, hits={self.hits}, misses={self.misses}, evictions={self.evictions})"


def memoize(capacity):
    def decorator(function):
        cache = LRUCache(capacity)
        def wrapper(*args):
            marker = object()
            value = cache.get(args, marker)
            if value is marker:
                value = function(*args)
                cache.put(args, value)
            return value
        wrapper.cache = cache
        return wrapper
    return decorator


@memoize(64)
def partitions(n, largest):
    if n == 0:
        return 1
    if n < 0 or largest == 0:
        return 0
    return partitions(n - largest, largest) + partitions(n, largest - 1)


cache = LRUCache(3)
for key in "abcab":
    cache.put(key, key.upper())
print(cache)
print(cache.get("a"), cache.get("z", "missing"), "c" in cache, len(cache))
print("evicted:", cache.put("d", "D"), list(cache))
cache.put("a", "updated")
print(cache.get("a"), list(cache))

print("p(40) =", partitions(40, 40), repr(partitions.cache)[:60] + "...")
print(partitions.cache.hits, partitions.cache.misses, partitions.cache.evictions)

pages = LRUCache(4)
faults = []
reference_string = [7, 0, 1, 2, 0, 3, 0, 4, 2, 3, 0, 3, 2, 1, 2, 0, 1, 7, 0, 1]
for page in reference_string:
    if pages.get(page) is None:
        faults.append(page)
        pages.put(page, f"frame-{page}")
print("page faults:", len(faults), faults)
print("resident:", list(pages))
try:
    LRUCache(0)
except ValueError as error:
    print("ValueError:", error)
