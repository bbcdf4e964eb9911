class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f"Money({self.cents})"
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented
    def __sub__(self, other):
        return Money(self.cents - other.cents)
    def __mul__(self, factor):
        return Money(self.cents * factor)
    def __truediv__(self, divisor):
        return Money(self.cents // divisor)
    def __floordiv__(self, divisor):
        return self.cents // divisor
    def __mod__(self, divisor):
        return Money(self.cents % divisor)
    def __pow__(self, exponent):
        return Money(self.cents ** exponent)
    def __neg__(self):
        return Money(-self.cents)
    def __pos__(self):
        return Money(abs(self.cents))
    def __abs__(self):
        return Money(abs(self.cents))
    def __invert__(self):
        return Money(~self.cents)
    def __matmul__(self, other):
        return self.cents * other.cents
    def __lshift__(self, n):
        return Money(self.cents << n)
    def __rshift__(self, n):
        return Money(self.cents >> n)
    def __and__(self, n):
        return Money(self.cents & n)
    def __or__(self, n):
        return Money(self.cents | n)
    def __xor__(self, n):
        return Money(self.cents ^ n)
    def __divmod__(self, n):
        return divmod(self.cents, n)

a, b = Money(150), Money(75)
print(a + b, a - b, a * 3, a / 4, a // 7, a % 7, b ** 2)
print(-a, +Money(-5), abs(Money(-9)), ~a, a @ b, a << 2, a >> 3)
print(a & 0xF, a | 1, a ^ 0xFF, divmod(a, 40), a + 1)
try:
    a + "x"
except TypeError as error:
    print("TypeError:", error)
