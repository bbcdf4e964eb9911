print(range(5), list(range(5)), range(1, 10, 2)[2], len(range(0, 100, 7)), list(range(3, 0, -1)))
print(5 in range(10), 10 in range(10), range(0, 10, 2).index(6), range(10)[-1])
print(list(range(-3)), list(range(2, 2)), sum(range(0)), max(range(4)))
