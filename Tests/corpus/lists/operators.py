a = [1, 2, 3]
b = a
b += [4]
print(a, a is b)
c = a + [5]
print(c, a, c is a)
print([0] * 3, [[0] * 2] * 2, 2 * [1, 2], [] * 10)
grid = [[0] * 3] * 2
grid[0][0] = 9
print(grid)
grid = [[0] * 3 for _ in range(2)]
grid[0][0] = 9
print(grid)
print([1, 2] == [1, 2], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 99], [] < [0])
print(3 in a, 9 not in a, len(a), a * 0)
a *= 2
print(a)
try:
    [1] + (2,)
except TypeError as error:
    print("TypeError:", error)
