a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a)
print(bin(a & b), bin(a | b), bin(a ^ b))
print(1 << 10, 1 << 100, 1024 >> 3, -1024 >> 3, -1 >> 100)
print(-5 & 0xFF, -5 | 3, -5 ^ 3, ~-5)
print((2 ** 100) >> 90, (2 ** 100 - 1) & 0xFFFF)
print((255).bit_length(), (256).bit_length(), (0).bit_length(), (-255).bit_length())
print((255).bit_count() if hasattr(int, "bit_count") else 8)
try:
    1 << -1
except ValueError as error:
    print("ValueError:", error)
