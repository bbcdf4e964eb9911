class Number:
    def __init__(self, v):
        self.v = v
    def __int__(self):
        return int(self.v)
    def __float__(self):
        return float(self.v)
    def __index__(self):
        return int(self.v)
    def __round__(self, ndigits=None):
        return round(self.v, ndigits)
    def __complex__(self):
        return complex(self.v, 1)
    def __format__(self, spec):
        return format(self.v, spec) + "!"

n = Number(7.6)
print(int(n), float(n), round(n), round(n, 0), complex(n))
print([10, 20, 30, 40, 50, 60, 70, 80][Number(2)], hex(Number(255)), bin(Number(5)), range(Number(3)))
print(f"{n:.2f}", format(n, ">6"))
print(operator_index := Number(4).__index__())
