"""Sorting algorithms and graph algorithms (BFS, Dijkstra with a binary heap, topological order, components)."""


class Random:
    """A linear congruential generator, so that every run sees the same data."""

    def __init__(self, seed):
        self.state = seed

    def next(self, limit):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return self.state % limit


def insertion_sort(items):
    result = items[:]
    for i in range(1, len(result)):
        value = result[i]
        j = i - 1
        while j >= 0 and result[j] > value:
            result[j + 1] = result[j]
            j -= 1
        result[j + 1] = value
    return result


def merge_sort(items):
    if len(items) <= 1:
        return items
    middle = len(items) // 2
    left = merge_sort(items[:middle])
    right = merge_sort(items[middle:])
    merged = []
    i = 0
    j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            merged.append(left[i])
            i += 1
        else:
            merged.append(right[j])
            j += 1
    merged.extend(left[i:])
    merged.extend(right[j:])
    return merged


def quick_sort(items, low, high):
    if low >= high:
        return
    pivot = items[(low + high) // 2]
    i = low
    j = high
    while i <= j:
        while items[i] < pivot:
            i += 1
        while items[j] > pivot:
            j -= 1
        if i <= j:
            swap = items[i]
            items[i] = items[j]
            items[j] = swap
            i += 1
            j -= 1
    quick_sort(items, low, j)
    quick_sort(items, i, high)


class MinHeap:
    """A binary heap of (priority, vertex) pairs."""

    def __init__(self):
        self.entries = []

    def push(self, priority, vertex):
        self.entries.append((priority, vertex))
        index = len(self.entries) - 1
        while index > 0:
            parent = (index - 1) // 2
            if self.entries[parent][0] <= self.entries[index][0]:
                break
            swap = self.entries[parent]
            self.entries[parent] = self.entries[index]
            self.entries[index] = swap
            index = parent

    def pop(self):
        if len(self.entries) == 0:
            raise IndexError("pop from an empty heap")
        top = self.entries[0]
        last = self.entries.pop()
        if len(self.entries) > 0:
            self.entries[0] = last
            index = 0
            while True:
                smallest = index
                for child in [2 * index + 1, 2 * index + 2]:
                    if child < len(self.entries) and self.entries[child][0] < self.entries[smallest][0]:
                        smallest = child
                if smallest == index:
                    break
                swap = self.entries[smallest]
                self.entries[smallest] = self.entries[index]
                self.entries[index] = swap
                index = smallest
        return top

    def is_empty(self):
        return len(self.entries) == 0


class Graph:
    def __init__(self, size):
        self.size = size
        self.edges = {}
        for vertex in range(size):
            self.edges[vertex] = []

    def connect(self, source, target, weight):
        self.edges[source].append((target, weight))

    def neighbours(self, vertex):
        return [pair[0] for pair in self.edges[vertex]]

    def breadth_first(self, start):
        seen = {start: 0}
        queue = [start]
        head = 0
        while head < len(queue):
            vertex = queue[head]
            head += 1
            for target in self.neighbours(vertex):
                if target not in seen:
                    seen[target] = seen[vertex] + 1
                    queue.append(target)
        return seen

    def shortest_paths(self, start):
        distance = {}
        heap = MinHeap()
        heap.push(0.0, start)
        while not heap.is_empty():
            entry = heap.pop()
            cost = entry[0]
            vertex = entry[1]
            if vertex in distance:
                continue
            distance[vertex] = cost
            for target, weight in self.edges[vertex]:
                if target not in distance:
                    heap.push(cost + weight, target)
        return distance

    def topological_order(self):
        incoming = [0] * self.size
        for vertex in range(self.size):
            for target in self.neighbours(vertex):
                incoming[target] += 1
        ready = [vertex for vertex in range(self.size) if incoming[vertex] == 0]
        order = []
        while len(ready) > 0:
            vertex = ready.pop()
            order.append(vertex)
            for target in self.neighbours(vertex):
                incoming[target] -= 1
                if incoming[target] == 0:
                    ready.append(target)
        if len(order) != self.size:
            raise ValueError("graph has a cycle")
        return order


def components(graph):
    label = [-1] * graph.size
    count = 0
    for vertex in range(graph.size):
        if label[vertex] >= 0:
            continue
        stack = [vertex]
        while len(stack) > 0:
            current = stack.pop()
            if label[current] >= 0:
                continue
            label[current] = count
            for target in graph.neighbours(current):
                stack.append(target)
        count += 1
    return count


def main():
    random = Random(42)
    numbers = [random.next(1000) for index in range(300)]
    by_insertion = insertion_sort(numbers)
    by_merge = merge_sort(numbers)
    by_quick = numbers[:]
    quick_sort(by_quick, 0, len(by_quick) - 1)
    by_builtin = numbers.copy()
    by_builtin.sort()
    print("sorted agree:", by_insertion == by_merge, by_merge == by_quick, by_quick == by_builtin)
    print("smallest", by_merge[:8], "largest", by_merge[-3:], "min/max", min(numbers), max(numbers))
    words = "the quick brown fox jumps over the lazy dog again and again".split()
    words.sort()
    print(words)
    counts = {}
    for word in words:
        counts[word] = counts.get(word, 0) + 1
    print(counts, len(counts), "the" in counts, "cat" in counts)
    graph = Graph(60)
    for vertex in range(60):
        for step in range(3):
            target = random.next(60)
            if target > vertex:
                graph.connect(vertex, target, 0.5 + random.next(100) / 10.0)
    levels = graph.breadth_first(0)
    print("reachable", len(levels), "deepest", max([levels[v] for v in levels]))
    paths = graph.shortest_paths(0)
    far = 0.0
    for vertex in paths:
        if paths[vertex] > far:
            far = paths[vertex]
    print("dijkstra", len(paths), far)
    order = graph.topological_order()
    print("topological first", order[:5], "components", components(graph))
    graph.connect(59, 0, 1.0)
    graph.connect(0, 59, 1.0)
    try:
        graph.topological_order()
    except ValueError as error:
        print("error:", error)
    heap = MinHeap()
    try:
        heap.pop()
    except IndexError as error:
        print("error:", error)
    pairs = [(i, i * i) for i in range(5)]
    print(pairs, pairs[2][1], len(pairs))
    total = 0.0
    for index, value in enumerate(numbers[:10]):
        total += index * value / 7.0
    print("weighted", total, -7 // 2, -7 % 3, 7.5 // 2, 1e-7, 1e16, 123.456)


main()
