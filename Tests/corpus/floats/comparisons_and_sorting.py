values = [3.5, -1.25, 2, 0.0, -0.0, 1e-9, -7, 10 ** 3, 2.0]
print(sorted(values))
print(sorted(values, reverse=True))
print(max(values), min(values))
print(0.1 + 0.2 > 0.3, 0.1 + 0.2 == 0.30000000000000004)
print(1.0 < 2 <= 2.0 < 3.5)
print(-0.0 < 0.0, -0.0 == 0, sorted([0.0, -0.0]), sorted([-0.0, 0.0]))
