class Circle:
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3 * self.r * self.r

class Square:
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s * self.s

class Tri:
    def __init__(self, b, h):
        self.b, self.h = b, h
    def area(self):
        return self.b * self.h // 2

shapes = []
for i in range(9000):
    kind = i % 3
    if kind == 0:
        shapes.append(Circle(i % 10))
    elif kind == 1:
        shapes.append(Square(i % 7))
    else:
        shapes.append(Tri(i % 5, i % 9))
total = 0
for shape in shapes:
    total += shape.area()
print(total)
only_circles = 0
for i, shape in enumerate(shapes):
    if i > 6000:
        shape = Square(1)
    only_circles += shape.area()
print(only_circles)
funcs = [abs, len, str, lambda v: v]
results = []
for i in range(4000):
    f = funcs[0] if i < 3000 else funcs[3]
    results.append(f(-i))
print(sum(results), results[2999], results[3000])
