def reader(lines):
    print("open")
    try:
        for line in lines:
            yield line.upper()
    finally:
        print("close")

lines = reader(["a", "b", "c"])
for line in lines:
    print(line)
    if line == "B":
        break
print("after loop")
lines.close()
print("explicitly closed")
g = reader(["x"])
print(list(g))
def with_return_in_finally():
    try:
        yield 1
    finally:
        print("finally in generator")
print(list(with_return_in_finally()))
