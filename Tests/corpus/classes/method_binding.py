class Counter:
    def __init__(self):
        self.n = 0
    def inc(self, by=1):
        self.n += by
        return self.n

c = Counter()
bound = c.inc
print(bound(), bound(5), Counter.inc(c), Counter.inc(c, 10))
print(bound.__self__ is c, bound.__func__ is Counter.inc, bound.__name__)
functions = [c.inc, Counter().inc]
print([f() for f in functions])
c.inc = lambda: "instance attribute wins"
print(c.inc(), Counter.inc(c))
