s = {3, 1, 2}
s.add(4)
s.add(1)
print(s, len(s), 2 in s, 9 in s)
s.discard(9)
s.remove(3)
print(s)
try:
    s.remove(42)
except KeyError as error:
    print("KeyError:", error)
print(set(), set([1, 1, 2]), set(range(5)), set((0, 0)))
print(s.pop() in {1, 2, 4}, len(s))
s.clear()
print(s, bool(s))
