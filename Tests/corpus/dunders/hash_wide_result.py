# hash() of an object whose __hash__ returns an int: the int itself when it fits a
# machine word (-1 becomes -2), the int's own hash when it is wider.
class Returns:
    def __init__(self, value):
        self.value = value

    def __hash__(self):
        return self.value


for value in [0, 7, -1, -2, 2 ** 61 - 1, 2 ** 61, 8524022316992554414, 2 ** 63 - 1, -2 ** 63, 2 ** 63, 2 ** 64 + 5, -2 ** 70, True]:
    print(value, hash(Returns(value)))
print(hash(Returns(8524022316992554414)) == hash((4,)), {Returns(2 ** 62): 1}.popitem()[1])
