# min/max with a key function: the best key must stay alive while later keys are computed.
values = list(range(4000))
print(min(values, key=lambda v: (str(v)[-1], v)))
print(max(range(3000), key=lambda v: (str(v)[::-1], [v])))


# Several positional arguments: compared in order, the first of equals kept, with the
# comparison's own method (which may run Python and collect).
class Loud:
    def __init__(self, value):
        self.value = value

    def __lt__(self, other):
        junk = [[i] for i in range(200)]
        print("lt", self.value, other.value, len(junk))
        return self.value < other.value

    def __gt__(self, other):
        print("gt", self.value, other.value)
        return self.value > other.value

    def __repr__(self):
        return f"Loud({self.value})"


print(min(Loud(3), Loud(1), Loud(2), Loud(1)), max(Loud(3), Loud(1), Loud(5), Loud(5)))
print(min(3, 1.5, 2), max("a", "c", "b"), min(1, 1.0), max(1.0, 1), min(2, 1, key=None), max(2, 5, key=None))
print(min(1, 2, key=lambda x: -x), max([1], [1, 0]), min((2, "b"), (2, "a")))
for bad in [lambda: min(1, "a"), lambda: max(1, 2, default=3), lambda: min(), lambda: max(1)]:
    try:
        bad()
    except TypeError as error:
        print("TypeError", error)
