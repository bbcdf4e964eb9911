# A for loop over range(10**7) with integer arithmetic.
def loop():
    total = 0
    for i in range(10 ** 7):
        total += i * 3 % 7
    return total

print(loop())
