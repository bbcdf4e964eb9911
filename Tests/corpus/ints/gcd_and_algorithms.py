def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)

def is_prime(n):
    if n < 2:
        return False
    i = 2
    while i * i <= n:
        if n % i == 0:
            return False
        i += 1
    return True

print(gcd(48, 18), gcd(-48, 18), gcd(2 ** 100, 6 ** 50), gcd(0, 7))
print([p for p in range(60) if is_prime(p)])
print(sum(range(1, 101)), sum(i * i for i in range(1, 101)))

def to_base(n, base):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(digits[r])
    return sign + "".join(reversed(out))

print(to_base(255, 2), to_base(255, 16), to_base(-1000, 7), to_base(10 ** 20, 36))
print(int(to_base(10 ** 20, 36), 36) == 10 ** 20)
