"""Graph algorithms with a hand-written binary heap: Dijkstra, A* on a grid, BFS, topological sort."""


class PriorityQueue:
    """A binary min-heap of (priority, order, item) entries; order breaks ties deterministically."""

    def __init__(self):
        self.heap = []
        self.counter = 0

    def __len__(self):
        return len(self.heap)

    def push(self, priority, item):
        self.heap.append((priority, self.counter, item))
        self.counter += 1
        self._sift_up(len(self.heap) - 1)

    def pop(self):
        last = self.heap.pop()
        if not self.heap:
            return last[0], last[2]
        top = self.heap[0]
        self.heap[0] = last
        self._sift_down(0)
        return top[0], top[2]

    def _sift_up(self, index):
        while index > 0:
            parent = (index - 1) // 2
            if self.heap[index] < self.heap[parent]:
                self.heap[index], self.heap[parent] = self.heap[parent], self.heap[index]
                index = parent
            else:
                break

    def _sift_down(self, index):
        size = len(self.heap)
        while True:
            smallest = index
            for child in (2 * index + 1, 2 * index + 2):
                if child < size and self.heap[child] < self.heap[smallest]:
                    smallest = child
            if smallest == index:
                return
            self.heap[index], self.heap[smallest] = self.heap[smallest], self.heap[index]
            index = smallest


class Graph:
    def __init__(self):
        self.edges = {}

    def add_edge(self, a, b, weight, directed=False):
        self.edges.setdefault(a, []).append((b, weight))
        self.edges.setdefault(b, [])
        if not directed:
            self.edges[b].append((a, weight))

    def dijkstra(self, source):
        distances = {source: 0}
        previous = {}
        queue = PriorityQueue()
        queue.push(0, source)
        visited = set()
        while queue:
            distance, node = queue.pop()
            if node in visited:
                continue
            visited.add(node)
            for neighbour, weight in self.edges[node]:
                candidate = distance + weight
                if candidate < distances.get(neighbour, float("inf")):
                    distances[neighbour] = candidate
                    previous[neighbour] = node
                    queue.push(candidate, neighbour)
        return distances, previous

    def path(self, source, target):
        distances, previous = self.dijkstra(source)
        if target not in distances:
            return None, []
        route = [target]
        while route[-1] != source:
            route.append(previous[route[-1]])
        return distances[target], route[::-1]

    def bfs_order(self, start):
        order, frontier, seen = [], [start], {start}
        while frontier:
            next_frontier = []
            for node in frontier:
                order.append(node)
                for neighbour, _ in sorted(self.edges[node]):
                    if neighbour not in seen:
                        seen.add(neighbour)
                        next_frontier.append(neighbour)
            frontier = next_frontier
        return order


def topological_sort(dependencies):
    indegree = {node: 0 for node in dependencies}
    for node, requirements in dependencies.items():
        for requirement in requirements:
            indegree.setdefault(requirement, 0)
            indegree[node] += 1
    users = {}
    for node, requirements in dependencies.items():
        for requirement in requirements:
            users.setdefault(requirement, []).append(node)
    ready = sorted(node for node, degree in indegree.items() if degree == 0)
    order = []
    while ready:
        node = ready.pop(0)
        order.append(node)
        for user in sorted(users.get(node, [])):
            indegree[user] -= 1
            if indegree[user] == 0:
                ready.append(user)
        ready.sort()
    if len(order) != len(indegree):
        raise ValueError("dependency cycle among " + ", ".join(sorted(n for n in indegree if indegree[n] > 0)))
    return order


def grid_astar(grid, start, goal):
    rows, cols = len(grid), len(grid[0])
    def heuristic(cell):
        return abs(cell[0] - goal[0]) + abs(cell[1] - goal[1])
    queue = PriorityQueue()
    queue.push(heuristic(start), start)
    cost = {start: 0}
    came_from = {}
    expanded = 0
    while queue:
        _, cell = queue.pop()
        expanded += 1
        if cell == goal:
            path = [cell]
            while path[-1] in came_from:
                path.append(came_from[path[-1]])
            return cost[goal], path[::-1], expanded
        r, c = cell
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#":
                step = 3 if grid[nr][nc] == "~" else 1
                new_cost = cost[cell] + step
                if new_cost < cost.get((nr, nc), float("inf")):
                    cost[(nr, nc)] = new_cost
                    came_from[(nr, nc)] = cell
                    queue.push(new_cost + heuristic((nr, nc)), (nr, nc))
    return None, [], expanded


pq = PriorityQueue()
for value in [5, 3, 9, 1, 7, 3, 8, 2]:
    pq.push(value, f"item{value}")
print([pq.pop() for _ in range(len(pq))])

roads = Graph()
for a, b, km in [("A", "B", 7), ("A", "C", 9), ("A", "F", 14), ("B", "C", 10), ("B", "D", 15),
                 ("C", "D", 11), ("C", "F", 2), ("D", "E", 6), ("E", "F", 9), ("G", "H", 1)]:
    roads.add_edge(a, b, km)
distances, _ = roads.dijkstra("A")
print(sorted(distances.items()))
for target in ["E", "D", "G"]:
    print(target, roads.path("A", target))
print("bfs:", roads.bfs_order("A"))

build = {"app": ["lib", "utils"], "lib": ["core"], "utils": ["core", "log"], "core": [], "tests": ["app"], "log": []}
print("build order:", topological_sort(build))
try:
    topological_sort({"a": ["b"], "b": ["c"], "c": ["a"], "d": []})
except ValueError as error:
    print("ValueError:", error)

maze = [
    "..........",
    ".######.#.",
    ".#....#.#.",
    ".#.##.#...",
    "...#~~~~#.",
    "####~##.#.",
    "....~.....",
]
total, path, expanded = grid_astar(maze, (0, 0), (6, 9))
print("astar cost", total, "length", len(path), "expanded", expanded)
canvas = [list(row) for row in maze]
for r, c in path:
    canvas[r][c] = "*"
print("\n".join("".join(row) for row in canvas))
print(grid_astar([".#.", "##.", "..."], (0, 0), (2, 2))[:2])
