# Float arithmetic in a while loop (5 million iterations).
def integrate():
    x = 0.0
    step = 1.0 / 5000000
    total = 0.0
    i = 0
    while i < 5000000:
        total += x * x * step + 0.5 * step
        x += step
        i += 1
    return total

print(round(integrate(), 6))
