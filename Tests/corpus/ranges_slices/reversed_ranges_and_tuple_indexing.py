# range() with small-int bounds and reversed(range) take fast paths.
print(list(reversed(range(5))), list(reversed(range(1, 10, 3))), list(reversed(range(0))))
print(list(reversed(range(10, 0, -2))), list(reversed(range(-3, 3))), list(reversed(range(5, 1))))
print(list(reversed(range(2**47, 2**47 + 3))), list(reversed(range(-2**48, -2**48 + 2))))
print(list(reversed(range(0, 2**62, 2**60))))
print(range(True, 3), range(3, True, -1), list(range(2**48 - 2, 2**48 + 1)))
try:
    range(1, 2, 0)
except ValueError as error:
    print(error)
try:
    range(1.5)
except TypeError as error:
    print(error)
t = (10, 20, 30)
print(t[0], t[-1], t[2], t[-3])
for index in (3, -4):
    try:
        t[index]
    except IndexError as error:
        print(error)


class T(tuple):
    def __getitem__(self, index):
        return "sub" + str(index)


print(T((1, 2))[0])
