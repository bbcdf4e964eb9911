for i in range(3):
    square = i * i
del i, square
try:
    i
except NameError as error:
    print("NameError:", error)
items = {k: k * 2 for k in range(6)}
for key in [k for k in items if k % 2]:
    del items[key]
print(items)
stack = list(range(5))
while stack:
    del stack[0]
    print(len(stack), end=" ")
print()
