"""Exact rational arithmetic and a matrix class built on it, with the full set of numeric dunders."""


def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


class Fraction:
    __slots__ = ("num", "den")

    def __init__(self, num, den=1):
        if isinstance(num, Fraction) and den == 1:
            num, den = num.num, num.den
        if den == 0:
            raise ZeroDivisionError(f"Fraction({num}, 0)")
        if den < 0:
            num, den = -num, -den
        common = gcd(num, den) or 1
        self.num = num // common
        self.den = den // common

    @staticmethod
    def coerce(value):
        if isinstance(value, Fraction):
            return value
        if isinstance(value, int):
            return Fraction(value)
        return NotImplemented

    def __add__(self, other):
        other = Fraction.coerce(other)
        if other is NotImplemented:
            return other
        return Fraction(self.num * other.den + other.num * self.den, self.den * other.den)

    __radd__ = __add__

    def __sub__(self, other):
        other = Fraction.coerce(other)
        if other is NotImplemented:
            return other
        return Fraction(self.num * other.den - other.num * self.den, self.den * other.den)

    def __rsub__(self, other):
        return Fraction.coerce(other) - self

    def __mul__(self, other):
        other = Fraction.coerce(other)
        if other is NotImplemented:
            return other
        return Fraction(self.num * other.num, self.den * other.den)

    __rmul__ = __mul__

    def __truediv__(self, other):
        other = Fraction.coerce(other)
        if other is NotImplemented:
            return other
        return Fraction(self.num * other.den, self.den * other.num)

    def __rtruediv__(self, other):
        return Fraction.coerce(other) / self

    def __pow__(self, exponent):
        if exponent < 0:
            return Fraction(self.den ** -exponent, self.num ** -exponent)
        return Fraction(self.num ** exponent, self.den ** exponent)

    def __neg__(self):
        return Fraction(-self.num, self.den)

    def __abs__(self):
        return Fraction(abs(self.num), self.den)

    def __eq__(self, other):
        other = Fraction.coerce(other)
        if other is NotImplemented:
            return other
        return self.num == other.num and self.den == other.den

    def __lt__(self, other):
        other = Fraction.coerce(other)
        return self.num * other.den < other.num * self.den

    def __le__(self, other):
        return self == other or self < other

    def __gt__(self, other):
        other = Fraction.coerce(other)
        return self.num * other.den > other.num * self.den

    def __ge__(self, other):
        return self == other or self > other

    def __hash__(self):
        return hash((self.num, self.den))

    def __bool__(self):
        return self.num != 0

    def __float__(self):
        return self.num / self.den

    def __repr__(self):
        return f"Fraction({self.num}, {self.den})"

    def __str__(self):
        return str(self.num) if self.den == 1 else f"{self.num}/{self.den}"


class Matrix:
    def __init__(self, rows):
        self.rows = [[Fraction(v) for v in row] for row in rows]
        if len({len(row) for row in self.rows}) > 1:
            raise ValueError("ragged matrix")

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0]) if self.rows else 0

    def __getitem__(self, position):
        r, c = position
        return self.rows[r][c]

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __add__(self, other):
        if self.shape != other.shape:
            raise ValueError(f"shape mismatch {self.shape} vs {other.shape}")
        return Matrix([[a + b for a, b in zip(r1, r2)] for r1, r2 in zip(self.rows, other.rows)])

    def __mul__(self, scalar):
        return Matrix([[v * scalar for v in row] for row in self.rows])

    __rmul__ = __mul__

    def __matmul__(self, other):
        if self.shape[1] != other.shape[0]:
            raise ValueError(f"cannot multiply {self.shape} by {other.shape}")
        columns = list(zip(*other.rows))
        return Matrix([[sum((a * b for a, b in zip(row, col)), Fraction(0)) for col in columns] for row in self.rows])

    def transpose(self):
        return Matrix([list(col) for col in zip(*self.rows)])

    def determinant(self):
        n = self.shape[0]
        rows = [row[:] for row in self.rows]
        det = Fraction(1)
        for col in range(n):
            pivot = next((r for r in range(col, n) if rows[r][col]), None)
            if pivot is None:
                return Fraction(0)
            if pivot != col:
                rows[col], rows[pivot] = rows[pivot], rows[col]
                det = -det
            det = det * rows[col][col]
            for r in range(col + 1, n):
                factor = rows[r][col] / rows[col][col]
                rows[r] = [a - factor * b for a, b in zip(rows[r], rows[col])]
        return det

    def inverse(self):
        n = self.shape[0]
        augmented = [row[:] + Matrix.identity(n).rows[i] for i, row in enumerate(self.rows)]
        for col in range(n):
            pivot = next((r for r in range(col, n) if augmented[r][col]), None)
            if pivot is None:
                raise ZeroDivisionError("matrix is singular")
            augmented[col], augmented[pivot] = augmented[pivot], augmented[col]
            scale = augmented[col][col]
            augmented[col] = [v / scale for v in augmented[col]]
            for r in range(n):
                if r != col and augmented[r][col]:
                    factor = augmented[r][col]
                    augmented[r] = [a - factor * b for a, b in zip(augmented[r], augmented[col])]
        return Matrix([row[n:] for row in augmented])

    def __str__(self):
        cells = [[str(v) for v in row] for row in self.rows]
        width = max(len(c) for row in cells for c in row)
        return "\n".join("[ " + "  ".join(c.rjust(width) for c in row) + " ]" for row in cells)


half, third = Fraction(1, 2), Fraction(1, 3)
print(half + third, half - third, half * third, half / third, third ** 2, half ** -3)
print(1 + half, 1 - third, 2 * third, 1 / third, -half, abs(Fraction(-3, 4)))
print(repr(Fraction(6, -8)), Fraction(10, 5), float(Fraction(1, 8)), bool(Fraction(0, 5)))
print(half == Fraction(2, 4), half == 1, Fraction(4, 2) == 2, half < third, third <= half)
print(sorted([Fraction(3, 4), Fraction(1, 6), half, Fraction(-1, 2), 1]))
print(sum([Fraction(1, n) for n in range(1, 11)], Fraction(0)))
print(len({Fraction(1, 2), Fraction(2, 4), Fraction(3, 6)}), half + 0.5 if False else "no float mixing")
try:
    half + 0.5
except TypeError as error:
    print("TypeError:", error)
try:
    Fraction(1, 0)
except ZeroDivisionError as error:
    print("ZeroDivisionError:", error)

a = Matrix([[2, 1, 1], [1, 3, 2], [1, 0, 0]])
b = Matrix([[Fraction(1, 2), 0, 0], [0, Fraction(1, 3), 0], [0, 0, 1]])
print(a)
print("det", a.determinant(), "shape", a.shape)
inverse = a.inverse()
print(inverse)
print("a @ inverse is identity:", a @ inverse == Matrix.identity(3))
print(a @ b)
print(a + b)
print(2 * b)
print(Matrix([[1, 2, 3]]).transpose())
print(Matrix([[1, 2], [3, 4]]) @ Matrix([[5], [6]]))
hilbert = Matrix([[Fraction(1, i + j + 1) for j in range(4)] for i in range(4)])
print("hilbert det", hilbert.determinant())
print(hilbert.inverse())
for bad in [lambda: Matrix([[1, 2], [2, 4]]).inverse(), lambda: a @ Matrix([[1, 2]]), lambda: a + Matrix([[1]]),
            lambda: Matrix([[1], [1, 2]])]:
    try:
        bad()
    except (ValueError, ZeroDivisionError) as error:
        print(type(error).__name__ + ":", error)
