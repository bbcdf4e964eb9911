# Three thousand objects with __del__ and weak-reference callbacks, dead in cycles, are all
# finalized by one collection (Tern queues them; the queue is walked, not shifted).
import gc
import weakref

finalized = []
called = []


class Node:
    def __init__(self, number):
        self.number = number
        self.me = self

    def __del__(self):
        finalized.append(self.number)


class Plain:
    pass


def make(count):
    nodes = [Node(n) for n in range(count)]
    keep = [Plain() for _ in range(count)]
    refs = [weakref.ref(p, lambda r: called.append(1)) for p in keep]
    return refs


gc.collect()
gc.disable()
refs = make(3000)
gc.collect()
print(len(finalized), sorted(finalized)[:3], sorted(finalized)[-1], len(called), sum(r() is None for r in refs))
