def source():
    for i in range(3):
        print("produce", i)
        yield i

def double(it):
    for v in it:
        print("double", v)
        yield v * 2

for result in double(source()):
    print("consume", result)
zipped = zip(source(), "ab")
print(list(zipped))
