for exponent in range(-8, 20, 3):
    print(exponent, 10.0 ** exponent, 1.5 * 10.0 ** exponent)
print(1e16, 1e+16, 9.999999999999999e15, 1.2345e-5)
print(-1e100, 1e300 * 1e10, -1e300 * 1e10)
print(float("1e500"), float("-1e500"), float("1e-500"))
