class Evens:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        print("__iter__ used for membership")
        return iter(range(0, self.limit, 2))

print(4 in Evens(10), 5 in Evens(10))

class Indexed:
    def __getitem__(self, index):
        if index > 3:
            raise IndexError
        return index * 11
print(22 in Indexed(), 23 in Indexed())

class Points:
    def __init__(self, n):
        self.n = n
    def __add__(self, other):
        return Points(self.n + (other.n if isinstance(other, Points) else other))
    def __radd__(self, other):
        print("__radd__ with", other)
        return self + other
    def __repr__(self):
        return f"Points({self.n})"
print(sum([Points(1), Points(2), Points(3)]))
print(sum([Points(1)], Points(100)))

class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as error:
    print("TypeError:", error)
