class Tree:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)
    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child
    def depth_first_with_level(self, level=0):
        yield level, self.value
        for child in self.children:
            yield from child.depth_first_with_level(level + 1)

tree = Tree(1, [Tree(2, [Tree(4), Tree(5)]), Tree(3, [Tree(6)])])
print(list(tree), sum(tree), max(tree))
for level, value in tree.depth_first_with_level():
    print("  " * level + str(value))
