class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __getitem__(self, key):
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f"cell {key} outside grid")
        return self.cells.get(key, ".")
    def __setitem__(self, key, value):
        self.cells[key] = value
    def __delitem__(self, key):
        del self.cells[key]
    def __len__(self):
        return len(self.cells)
    def __contains__(self, value):
        return value in self.cells.values()
    def __bool__(self):
        return True
    def render(self):
        return "\n".join("".join(self[x, y] for x in range(self.w)) for y in range(self.h))

g = Grid(4, 3)
g[0, 0] = "#"
g[3, 2] = "@"
g[1, 1] = "#"
print(g.render())
print(len(g), "@" in g, "x" in g)
del g[1, 1]
print(len(g), g[1, 1])
try:
    g[9, 9]
except IndexError as error:
    print("IndexError:", error)
try:
    del g[5, 5]
except KeyError as error:
    print("KeyError:", error)
