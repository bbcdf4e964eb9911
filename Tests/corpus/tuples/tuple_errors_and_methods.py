t = (3, 1, 4, 1, 5, 9, 2, 6)
print(t.index(1), t.index(1, 2), t.count(1), sorted(t), t[2:5], len(t))
try:
    t.append(7)
except AttributeError as error:
    print("AttributeError:", error)
try:
    t + [1]
except TypeError as error:
    print("TypeError:", error)
try:
    t[10]
except IndexError as error:
    print("IndexError:", error)
try:
    t.index(100)
except ValueError as error:
    print("ValueError:", error)
print(tuple(reversed(t)), t * 2 == t + t, (1,) * 0, max(t), min(t))
nested = ((1, 2), (3, 4))
print(dict(nested), [a * b for a, b in nested], sum(sum(pair) for pair in nested))
