class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

print(list(Countdown(5)))
it = Countdown(2)
print(next(it), next(it), next(it, "done"))

class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i * 2
            i += 1

r = Range2(4)
print(list(r), list(r), sum(r), 4 in r, 5 in r)
a, b, c, d = Range2(4)
print(a, b, c, d, sorted(Range2(3), reverse=True))

class OldStyle:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(OldStyle()), 20 in OldStyle(), iter(OldStyle()).__next__())
try:
    iter(5)
except TypeError as error:
    print("TypeError:", error)
