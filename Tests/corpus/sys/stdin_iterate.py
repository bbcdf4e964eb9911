import sys
total = 0
for line_number, line in enumerate(sys.stdin, 1):
    value = int(line)
    total += value
    print(line_number, value, total)
print("sum", total)
