class Shape:
    def __init__(self, name):
        self.name = name
    def describe(self):
        return f"shape {self.name}"
    def area(self):
        return 0

class Rectangle(Shape):
    def __init__(self, w, h):
        super().__init__("rectangle")
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
    def describe(self):
        return super().describe() + f" of area {self.area()}"

class Square(Rectangle):
    def __init__(self, side):
        super(Square, self).__init__(side, side)
        self.name = "square"
    def describe(self):
        return "[" + super().describe() + "]"

for s in [Shape("blob"), Rectangle(2, 3), Square(4)]:
    print(s.describe())

class Logged:
    def __init__(self, **kwargs):
        print("Logged init", sorted(kwargs))
        super().__init__(**kwargs)
class Named:
    def __init__(self, name=None, **kwargs):
        print("Named init", name)
        super().__init__(**kwargs)
class Thing(Logged, Named):
    pass
Thing(name="x")
