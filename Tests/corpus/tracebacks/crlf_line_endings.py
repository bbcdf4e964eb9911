def f(x):
    return 1 / x

print("start")
print(f(0))
