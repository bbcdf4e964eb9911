def factorial(n):
    result = 1
    for i in range(2, n + 1):
        result *= i
    return result

f = factorial(100)
print(f)
print(len(str(f)), sum(int(d) for d in str(f)))
print(str(f).count("0"), f % 10 ** 9)
fib = [0, 1]
for _ in range(200):
    fib.append(fib[-1] + fib[-2])
print(fib[200])
print(fib[200] // fib[199], fib[150] * fib[50] - fib[200])
