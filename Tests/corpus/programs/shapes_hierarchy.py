"""A class hierarchy of shapes with properties, class methods, generators and operator overloading."""


class Shape:
    count = 0

    def __init__(self, name):
        self._name = name
        Shape.count += 1
        self.id = Shape.count

    @property
    def name(self):
        return self._name

    @property
    def area(self):
        raise NotImplementedError

    @property
    def perimeter(self):
        raise NotImplementedError

    def scaled(self, factor):
        raise NotImplementedError

    def __lt__(self, other):
        return self.area < other.area

    def __eq__(self, other):
        return type(self) is type(other) and self.key() == other.key()

    def __hash__(self):
        return hash((type(self).__name__, self.key()))

    def key(self):
        return ()

    def __repr__(self):
        return f"{type(self).__name__}#{self.id}({self.name})"

    def describe(self):
        return f"{self.name:<10} area={self.area:>9.3f} perimeter={self.perimeter:>8.3f}"


class Rectangle(Shape):
    def __init__(self, width, height, name="rectangle"):
        super().__init__(name)
        self.width = width
        self.height = height

    @property
    def width(self):
        return self._width

    @width.setter
    def width(self, value):
        if value <= 0:
            raise ValueError(f"width must be positive, got {value}")
        self._width = value

    @property
    def area(self):
        return self.width * self.height

    @property
    def perimeter(self):
        return 2 * (self.width + self.height)

    def scaled(self, factor):
        return Rectangle(self.width * factor, self.height * factor, self.name)

    def key(self):
        return (self.width, self.height)

    def corners(self):
        yield (0, 0)
        yield (self.width, 0)
        yield (self.width, self.height)
        yield (0, self.height)


class Square(Rectangle):
    def __init__(self, side):
        super().__init__(side, side, "square")

    @classmethod
    def unit(cls):
        return cls(1)

    def scaled(self, factor):
        return Square(self.width * factor)


class Circle(Shape):
    PI = 3.141592653589793

    def __init__(self, radius):
        super().__init__("circle")
        self.radius = radius

    @property
    def area(self):
        return self.PI * self.radius ** 2

    @property
    def perimeter(self):
        return 2 * self.PI * self.radius

    def scaled(self, factor):
        return Circle(self.radius * factor)

    def key(self):
        return (self.radius,)

    def points(self, n):
        """Approximate points on the circle using a Taylor series (no math module)."""
        for i in range(n):
            angle = 2 * self.PI * i / n
            yield (round(self.radius * cosine(angle), 3), round(self.radius * sine(angle), 3))


class Triangle(Shape):
    def __init__(self, a, b, c):
        sides = sorted((a, b, c))
        if sides[0] + sides[1] <= sides[2]:
            raise ValueError(f"sides {a}, {b}, {c} do not form a triangle")
        super().__init__("triangle")
        self.sides = (a, b, c)

    @property
    def perimeter(self):
        return sum(self.sides)

    @property
    def area(self):
        s = self.perimeter / 2
        a, b, c = self.sides
        return (s * (s - a) * (s - b) * (s - c)) ** 0.5

    def scaled(self, factor):
        return Triangle(*(side * factor for side in self.sides))

    def key(self):
        return tuple(sorted(self.sides))


def sine(x):
    x = x % (2 * Circle.PI)
    term, total = x, 0.0
    for n in range(1, 30):
        total += term
        term *= -x * x / ((2 * n) * (2 * n + 1))
    return total


def cosine(x):
    return sine(x + Circle.PI / 2)


def by_kind(shapes):
    groups = {}
    for shape in shapes:
        groups.setdefault(type(shape).__name__, []).append(shape)
    for kind in sorted(groups):
        yield kind, groups[kind]


def growing(shape, factor, limit):
    current = shape
    while current.area <= limit:
        yield current
        current = current.scaled(factor)


shapes = [Rectangle(3, 4), Square(2), Circle(1.5), Triangle(3, 4, 5), Square.unit(), Circle(0.5), Triangle(2, 2, 3)]
for shape in shapes:
    print(repr(shape), shape.describe())
print("sorted by area:", sorted(shapes))
print("largest:", max(shapes), "smallest:", min(shapes))
for kind, members in by_kind(shapes):
    total = sum(s.area for s in members)
    print(f"{kind:<10}{len(members)} shapes, total area {total:.2f}")
print(list(Rectangle(2, 5).corners()))
print(list(Circle(2).points(4)))
print([round(s.area, 2) for s in growing(Square(1), 2, 100)])
print(len({Square(2), Square(2), Rectangle(2, 2), Circle(1), Circle(1.0)}))
print(Square(3) == Square(3), Square(3) == Rectangle(3, 3), isinstance(Square(1), Rectangle))
try:
    Rectangle(-1, 2)
except ValueError as error:
    print("ValueError:", error)
try:
    Triangle(1, 2, 10)
except ValueError as error:
    print("ValueError:", error)
try:
    Square(2).area = 5
except AttributeError as error:
    print("AttributeError:", error)
try:
    Shape("abstract").area
except NotImplementedError:
    print("NotImplementedError raised for abstract area")
print("shapes created:", Shape.count)
