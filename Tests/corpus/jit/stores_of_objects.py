# Compiled stores of references: attributes of instances and items of lists
# that are old (they survived collections) getting new, young objects in a hot
# loop. A store the write barrier missed would let a minor collection free an
# object still referenced; the collections here run while the loop runs.
import gc


class Node:
    def __init__(self):
        self.val = None
        self.count = 0


def churn(n):
    keep = [Node() for _ in range(50)]
    lst = [None] * 50
    big = [None] * 2000          # a big list: its stores mark cards
    gc.collect()
    for i in range(n):
        nd = keep[i % 50]
        nd.val = [i, str(i)]
        nd.count = nd.count + 1
        lst[i % 50] = (i, nd.val)
        big[(i * 7) % 2000] = {"i": i}
        if i % 5000 == 0:
            gc.collect()
    total = sum(len(x.val[1]) for x in keep), sum(x.count for x in keep), lst[7][1][1]
    return total, sum(d["i"] for d in big if d is not None)


print(churn(60000))


def retyped(n):
    # The stored values change type while the loop runs: ints, floats, objects, None.
    box = Node()
    items = [0] * 10
    for i in range(n):
        v = i if i < 1000 else (i * 0.5 if i < 2000 else (str(i) if i < 3000 else None))
        box.val = v
        items[i % 10] = v
    return box.val, items


print(retyped(4000))
