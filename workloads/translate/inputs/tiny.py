class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        return 0.0


class Square(Shape):
    def __init__(self, side):
        Shape.__init__(self, "square")
        self.side = side

    def area(self):
        return self.side * self.side * 1.0


class Circle(Shape):
    def __init__(self, radius):
        super().__init__("circle")
        self.radius = radius

    def area(self):
        return 3.25 * self.radius * self.radius


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def main():
    shapes = [Square(3), Circle(2.0), Square(5)]
    total = 0.0
    for shape in shapes:
        total += shape.area()
        print(shape.name, shape.area())
    print("total", total)
    counts = {}
    for word in "a b a c b a".split():
        counts[word] = counts.get(word, 0) + 1
    print(counts)
    print([fib(i) for i in range(10)])
    try:
        x = [1, 2, 3]
        print(x[5])
    except IndexError:
        print("caught index")
    i = 0
    while i < 3:
        i += 1
    print(i, i // 2, -7 // 2, -7 % 3, 7 / 2, True, None, "s")


main()
