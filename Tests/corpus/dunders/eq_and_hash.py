class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        return isinstance(other, Point) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __repr__(self):
        return f"P({self.x},{self.y})"

pts = {Point(1, 2), Point(1, 2), Point(2, 1)}
print(len(pts), Point(1, 2) in pts, {Point(0, 0): "origin"}[Point(0, 0)])

class NoHash:
    def __eq__(self, other):
        return True
print(NoHash.__hash__ is None)
try:
    hash(NoHash())
except TypeError as error:
    print("TypeError:", error)

class Identity:
    pass
i = Identity()
print(hash(i) == hash(i), i == i, i in {i})

class ExplicitHash:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return 7
    def __eq__(self, other):
        return self.v == other.v
d = {ExplicitHash(1): "a", ExplicitHash(2): "b"}
print(len(d), d[ExplicitHash(2)], hash(ExplicitHash(99)))
