visited = set()
order = []
graph = {1: [2, 3], 2: [4], 3: [4, 5], 4: [1], 5: []}
stack = [1]
while stack:
    node = stack.pop()
    if node in visited:
        continue
    visited.add(node)
    order.append(node)
    stack.extend(reversed(graph[node]))
print(order, sorted(visited))
words = "to be or not to be that is the question".split()
seen, repeated = set(), set()
for w in words:
    (repeated if w in seen else seen).add(w)
print(sorted(seen), sorted(repeated))
print(len(set(range(0, 1000, 3)) & set(range(0, 1000, 5))))
print(sorted(frozenset(w[0] for w in words)))
