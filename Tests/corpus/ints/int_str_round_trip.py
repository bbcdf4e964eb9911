values = [0, 1, -1, 255, -256, 2 ** 31, 2 ** 63, -(2 ** 63) - 1, 10 ** 50 + 1]
for v in values:
    s = str(v)
    assert int(s) == v
    print(s, len(s), int(hex(v), 16) == v, int(bin(v), 2) == v, int(oct(v), 8) == v)
print(format(10 ** 20, ","), format(-1234567, "_"))
