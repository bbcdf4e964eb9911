def squares(limit):
    for i in range(limit):
        yield i * i

total = 0
for value in squares(20000):
    total += value
print(total)
def windowed(seq, size):
    window = []
    for item in seq:
        window.append(item)
        if len(window) > size:
            window.pop(0)
        if len(window) == size:
            yield sum(window)
print(max(windowed(range(10000), 5)), sum(1 for _ in windowed(range(100), 10)))
gen_total = sum(x for x in range(30000) if x % 3 == 0)
print(gen_total)
def chained():
    yield from squares(3000)
    yield from (-x for x in range(3000))
print(sum(chained()))
