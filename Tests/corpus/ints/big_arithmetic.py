a = 2 ** 200
b = 3 ** 150
print(a)
print(b)
print(a + b)
print(a - b)
print(a * b)
print(a // b, a % b)
print(-a // 7, -a % 7)
print(a // -b, a % -b)
n = 1
for i in range(1, 41):
    n *= i
print(n)
print(n // (2 ** 30) , n % 1000000007)
print(-(2 ** 64) + 1, 2 ** 64 - 2 ** 63)
