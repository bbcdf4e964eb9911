class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
print(vars(p), p.__dict__)
p.z = 3
print(p.__dict__)
del p.x
print(vars(p), hasattr(p, "x"))
setattr(p, "w", 10)
print(getattr(p, "w"), p.__dict__)
p.__dict__["direct"] = True
print(p.direct, type(p).__name__, p.__class__ is Point)
