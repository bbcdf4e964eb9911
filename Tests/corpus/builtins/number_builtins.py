print(hex(255), hex(-1), hex(0), oct(64), oct(-9), bin(10), bin(0), bin(-3))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(2 ** 70, 7))
print(pow(2, 10), pow(2, -2), pow(2, 10, 1000), pow(-2, 3, 5), pow(5, -1, 13), pow(2.0, 0.5))
print(round(3.14159, 2), round(2.5), round(3.5), round(-0.5), round(1234, -2), round(7.0))
print(int("0x1f", 16), float("2.5"), complex(1, 2), bool(""), bool("x"))
for bad in [lambda: pow(2, 3, 0), lambda: pow(2.0, 3, 5), lambda: hex(1.5), lambda: divmod(1, 0)]:
    try:
        bad()
    except (ValueError, TypeError, ZeroDivisionError) as error:
        print(type(error).__name__ + ":", error)
