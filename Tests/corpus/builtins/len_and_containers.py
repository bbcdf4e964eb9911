print(len(""), len("héllo"), len([1, 2]), len((1,)), len({"a": 1}), len({1, 2, 3}), len(range(10)), len(b"xy"))
class Sized:
    def __len__(self):
        return 7
print(len(Sized()))
for bad in [5, None, 3.5, iter([])]:
    try:
        len(bad)
    except TypeError as error:
        print("TypeError:", error)
