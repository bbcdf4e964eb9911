d = {i: str(i) for i in range(10)}
for k in list(d):
    if k % 3 == 0:
        del d[k]
print(d, len(d))
try:
    del d[0]
except KeyError as error:
    print("KeyError:", error)
d.clear()
print(d, bool(d), bool({0: 0}))
big = {}
for i in range(1000):
    big[i] = i * i
for i in range(0, 1000, 2):
    del big[i]
print(len(big), sum(big.values()), list(big)[:5], list(big)[-3:])
