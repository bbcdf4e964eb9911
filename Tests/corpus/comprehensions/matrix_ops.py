A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
product = [[sum(a * b for a, b in zip(row, col)) for col in zip(*B)] for row in A]
print(product)
identity = [[1 if i == j else 0 for j in range(4)] for i in range(4)]
for row in identity:
    print(row)
transposed = [[row[i] for row in A] for i in range(len(A[0]))]
print(transposed)
print([sum(row) for row in A], [sum(col) for col in zip(*A)])
diagonal = [identity[i][i] for i in range(len(identity))]
print(diagonal, sum(sum(r) for r in product))
