class Obj:
    def __init__(self):
        self.count = 0
o = Obj()
o.count += 5
o.count *= 2
print(o.count)
grid = [[0, 0], [0, 0]]
grid[1][0] += 7
d = {"k": [1]}
d["k"] += [2]
d.setdefault("n", 0)
d["n"] -= 3
print(grid, d)
def index_once():
    print("index evaluated")
    return 0
lst = [10]
lst[index_once()] += 1
print(lst)
t = ([1],)
try:
    t[0] += [2]
except TypeError as error:
    print("TypeError:", error)
print(t)
