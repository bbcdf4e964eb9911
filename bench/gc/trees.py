# An allocation-heavy program for the collector's trade-off table (docs/gc.md):
# three phases, each keeping a long-lived structure of a different size while
# building and dropping many short-lived binary trees, then dropping it.
import sys
import time


class Node:
    __slots__ = ("left", "right", "value")

    def __init__(self, left, right, value):
        self.left = left
        self.right = right
        self.value = value


def build(depth, value):
    if depth == 0:
        return Node(None, None, value)
    return Node(build(depth - 1, value), build(depth - 1, value + 1), value)


def check(node):
    if node.left is None:
        return node.value
    return node.value + check(node.left) - check(node.right)


def phase(long_lived_depth, rounds):
    kept = [build(long_lived_depth, i) for i in range(4)]
    records = [{"id": i, "name": "record %d" % i, "tags": [i, i + 1]} for i in range(60000)]
    total = 0
    for i in range(rounds):
        total += check(build(10, i))
    total += sum(check(tree) for tree in kept) + len(records)
    return total


def main():
    scale = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    started = time.perf_counter()
    result = 0
    for depth in (14, 16, 12):
        result += phase(depth, 150 * scale)
    print(result)
    print("seconds %.2f" % (time.perf_counter() - started), file=sys.stderr)


main()
