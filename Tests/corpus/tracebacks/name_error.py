def compute():
    total = 0
    for i in range(3):
        total += i
    return grand_result

print("computing")
print(compute())
