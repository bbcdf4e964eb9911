a = list(range(10))
a[2:4] = []
print(a)
a[1:1] = [100, 200, 300]
print(a)
a[-2:] = "xy"
print(a)
a[::3] = [0] * len(a[::3])
print(a)
a[:] = (1, 2)
print(a)
b = a
b[:] = []
print(a, b is a)
c = [1, 2, 3, 4, 5]
c[1:4:2] = ["p", "q"]
del c[::-2]
print(c)
