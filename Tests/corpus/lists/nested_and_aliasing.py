matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
transposed = [list(row) for row in zip(*matrix)]
print(transposed)
flat = [x for row in matrix for x in row]
print(flat, sum(flat))
shallow = matrix.copy()
shallow[0][0] = 100
shallow[1] = "replaced"
print(matrix)
print(shallow)
rec = [1, 2]
rec.append(rec)
print(rec, rec[2][2][0])
print(len(rec), rec[2] is rec)
