x = "outer"
result = [x for x in range(3)]
print(result, x)

squares = {n: n * n for n in range(4)}
print(squares)
try:
    n
except NameError as error:
    print("NameError:", error)

def f():
    y = 10
    return [y + i for i in range(3)]
print(f())

matrix = [[i * j for j in range(3)] for i in range(3)]
print(matrix)
print(sum(v for v in range(5)))
