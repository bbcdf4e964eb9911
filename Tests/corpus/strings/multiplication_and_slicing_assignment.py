line = "=" * 20
print(line)
print("ab" * 3 + "c" * 2)
grid = "\n".join("".join("#" if (r + c) % 2 else "." for c in range(6)) for r in range(3))
print(grid)
s = "0123456789"
print(s[2:8:2], s[8:2:-2], s[::-3], s[-3::-1], s[:-7:-1])
print(s[slice(1, 4)], s[slice(None, None, 5)])
