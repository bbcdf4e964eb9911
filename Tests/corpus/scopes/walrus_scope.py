data = [1, 5, 12, 3, 20]
if (n := len(data)) > 3:
    print("long list", n)

big = [y for x in data if (y := x * 2) > 10]
print(big, y)

def first_over(limit):
    if any((found := v) > limit for v in data):
        return found
    return None

print(first_over(10), first_over(100))
values = []
while (item := len(values)) < 3:
    values.append(item)
print(values)
