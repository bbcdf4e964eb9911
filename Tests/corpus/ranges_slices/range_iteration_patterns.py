for i in range(3):
    for j in range(i, 3):
        print(i, j, end="; ")
print()
print([i for i in range(20) if i % 3 == 0 and i % 2 == 1])
print(list(zip(range(3), range(10, 13), range(20, 30))))
print(list(enumerate(range(5, 8), start=1)))
print(list(reversed(range(1, 10, 4))), list(range(10))[::-1][:3])
n = 5
triangle = ["*" * k for k in range(1, n + 1)]
print("\n".join(f"{row:>{n}}" for row in triangle))
