# gc.collect() returns how many unreachable objects it found: at least every
# object of the cycles dropped since the last collection (pyperformance's
# gc_collect asserts this).
import gc


class Node:
    def __init__(self):
        self.next = None


def make_cycles(count, links):
    heads = []
    for _ in range(count):
        head = node = Node()
        for _ in range(links):
            node.next = Node()
            node = node.next
        node.next = head
        heads.append(head)
    return heads


gc.collect()
for count, links in [(1, 1), (10, 5), (100, 20)]:
    cycles = make_cycles(count, links)
    del cycles
    found = gc.collect()
    print(count, links, found >= count * (links + 1), type(found).__name__)
print(gc.collect() >= 0)
