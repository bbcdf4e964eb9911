def parse(lines):
    for line in lines:
        yield 100 // int(line)

for value in parse(["5", "20", "0", "1"]):
    print(value)
