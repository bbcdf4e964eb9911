# A traced loop whose values change type part-way: int -> float -> str -> user class.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        return Money(self.cents + (other.cents if isinstance(other, Money) else other))
    def __repr__(self):
        return f"Money({self.cents})"

def accumulate(values):
    total = values[0]
    for v in values[1:]:
        total = total + v
    return total

ints = list(range(3000))
print(accumulate(ints))
print(accumulate(ints[:1500] + [0.5] + ints[1500:]))
print(accumulate(["a"] + ["b"] * 2000 + ["c"])[-5:])
print(accumulate([Money(1)] + list(range(2500))))

def mixed(n):
    x = 0
    out = []
    for i in range(n):
        if i == n // 2:
            x = float(x)
        if i == n - 10:
            x = str(x)
        if isinstance(x, str):
            x = x + "!"
        else:
            x = x + i
    return x
print(mixed(5000))
