total = 0.0
for i in range(1, 1001):
    total += 1.0 / i
print(total)
product = 1.0
for i in range(1, 30):
    product *= 1.1
print(product)
x = 1.0
while x + 1.0 != x:
    x *= 2.0
print(x)
eps = 1.0
while 1.0 + eps / 2 > 1.0:
    eps /= 2
print(eps)
print(sum(1 / (k * k) for k in range(1, 10001)))

def newton_sqrt(n):
    guess = n / 2.0
    for _ in range(30):
        guess = (guess + n / guess) / 2
    return guess
print(newton_sqrt(2.0), newton_sqrt(10.0), newton_sqrt(1e10))
