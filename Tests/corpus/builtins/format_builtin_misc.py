print(format(42), format(42, "x"), format(3.5, ".2f"), format("s", ">3"), format([1, 2]))
print(str.format("{}-{}", 1, 2), "{:^7}".format("mid"), format(1234.5, ",.1f"))
print(bin(255)[2:].zfill(10), hex(4095)[2:].upper(), oct(8)[2:])
