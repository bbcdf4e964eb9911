def collatz_steps(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n //= 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps

best = max(range(1, 3000), key=collatz_steps)
print(best, collatz_steps(best))
buckets = [0] * 6
for i in range(6000):
    if i % 15 == 0:
        buckets[0] += 1
    elif i % 5 == 0:
        buckets[1] += 1
    elif i % 3 == 0:
        buckets[2] += 1
    elif i % 7 == 0 and i % 2:
        buckets[3] += 1
    elif not i % 11:
        buckets[4] += 1
    else:
        buckets[5] += 1
print(buckets, sum(buckets))
state = 0
trace = []
for i in range(6000):
    if state == 0:
        state = 1 if i % 3 else 2
    elif state == 1:
        state = 2 if i % 5 else 0
    else:
        state = 0 if i % 7 else 1
    if i % 750 < 3:
        trace.append(state)
print(trace)
