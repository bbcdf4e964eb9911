squares = (n * n for n in range(5))
print(type(squares).__name__, next(squares), list(squares), list(squares))
print(sum(x for x in range(101)), max(len(w) for w in ["a", "bbb", "cc"]))
print(list(x for x in range(10) if x % 3 == 0))
pairs = list((x, y) for x in range(3) for y in "ab" if x != 1)
print(pairs)
print(any(c.isdigit() for c in "abc1"), all(c.isalpha() for c in "abc1"))
print("-".join(str(i) for i in range(4)), sorted(c for c in "hello"))
gen = (i for i in [1, 2, 3])
for value in gen:
    if value == 2:
        break
print(list(gen))
counter = 0
def side():
    global counter
    counter += 1
    return counter
lazy = (side() for _ in range(3))
print(counter, next(lazy), counter)
