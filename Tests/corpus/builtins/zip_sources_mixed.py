# zip over lists, tuples and ranges takes their items straight into the result;
# generators and strings, exhausted sources and strict=True go the general way.
def gen(n):
    for i in range(n):
        yield i * 10
print(list(zip([1, 2, 3], (4, 5), range(9))))
print(list(zip([1, 2], gen(5), "abc")))
print(list(zip(gen(2), [1, 2, 3])))
for args in (([1, 2], [3, 4, 5]), ([1, 2, 3], (4, 5)), ([1, 2], gen(3)), (gen(2), [1, 2, 3])):
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print("ValueError", e)
it = iter([1, 2, 3])
z = zip(it, [9])
print(list(z), list(it))
print(list(zip()), list(zip([])), list(zip(range(2**62, 2**62 + 2), [1, 2])))
l = [1, 2, 3]
z = zip(l, l)
print(next(z)); l.append(4); print(list(z))
