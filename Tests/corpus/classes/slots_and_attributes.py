class Vector:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x * self.x + self.y * self.y

v = Vector(3, 4)
print(v.x, v.y, v.norm2())
v.x = 6
print(v.norm2())
print(Vector.__slots__)
