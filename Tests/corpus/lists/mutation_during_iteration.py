numbers = [1, 2, 3, 4, 5, 6]
for n in numbers[:]:
    if n % 2 == 0:
        numbers.remove(n)
print(numbers)
evens = [n for n in range(10) if n % 2 == 0]
i = 0
while i < len(evens):
    if evens[i] % 4 == 0:
        del evens[i]
    else:
        i += 1
print(evens)
growing = [1]
for x in growing:
    if x < 5:
        growing.append(x + 1)
print(growing)
