def find_first_multiple(values, divisor):
    for index, value in enumerate(values):
        if value % divisor == 0:
            break
    else:
        return None
    return index, value

print(find_first_multiple([3, 7, 10, 14], 5), find_first_multiple([1, 2], 9))
n = 0
while n < 10:
    n += 1
    if n % 2:
        continue
    if n == 8:
        break
    print("even", n)
else:
    print("while-else not reached because of break")
count = 0
while count < 3:
    count += 1
else:
    print("while-else runs when the condition fails", count)
for outer in range(3):
    for inner in range(3):
        if inner == outer:
            continue
        if inner > outer:
            break
        print(outer, inner)
total = 0
for i in range(10000):
    if i % 7 == 0:
        continue
    if i > 9000:
        break
    total += i
print(total)
