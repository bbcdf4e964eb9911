# bisect over the native _bisect: lists, other sequences, keys, bounds and errors.
import bisect
import _bisect

print(bisect.bisect_right is _bisect.bisect_right, bisect.bisect is bisect.bisect_right)
scores = [10, 20, 20, 30, 40]
for x in [5, 10, 20, 25, 40, 50]:
    print(x, bisect.bisect_left(scores, x), bisect.bisect_right(scores, x), bisect.bisect(scores, x))
print(bisect.bisect_left(scores, 20, 2), bisect.bisect_right(scores, 20, 0, 2), bisect.bisect_left(scores, 20, hi=None))
print(bisect.bisect_left(scores, 30, lo=1, hi=-1), bisect.bisect_right(scores, 99, 1, 3))
print(bisect.bisect_left(range(0, 100, 5), 42), bisect.bisect_right((1, 2, 3), 2), bisect.bisect_left("acegi", "d"))

values = []
for x in [5, 1, 4, 1, 3]:
    bisect.insort(values, x)
    print(values)
bisect.insort_left(values, 4)
bisect.insort_right(values, 0, 0, 1)
print(values)

people = [("ann", 31), ("bob", 25), ("cid", 40)]
people.sort(key=lambda person: person[1])
print(bisect.bisect_left(people, 30, key=lambda person: person[1]))
bisect.insort(people, ("dee", 33), key=lambda person: person[1])
bisect.insort_left(people, ("eve", 25), key=lambda person: person[1])
print(people)


class Tracked(list):
    def insert(self, index, item):
        print("insert", index, item)
        list.insert(self, index, item)


tracked = Tracked([1, 3, 5])
bisect.insort(tracked, 4)
bisect.insort_left(tracked, 1)
print(tracked)


class Squares:
    def __len__(self):
        return 1000

    def __getitem__(self, index):
        return index * index


print(bisect.bisect_left(Squares(), 5000), bisect.bisect_right(Squares(), 4900))

for call in [lambda: bisect.bisect_left([1, 2], 1, -1), lambda: bisect.bisect_right(10, 1),
             lambda: bisect.insort_left([1], 1, -2), lambda: bisect.bisect_left([1]),
             lambda: bisect.bisect_right([1], 1, "a"), lambda: bisect.bisect_left([1, "a"], 2, 1),
             lambda: bisect.bisect([1], 1, 0, 1, lambda x: x), lambda: bisect.bisect([1], 1, bad=1)]:
    try:
        print(call())
    except Exception as error:
        print(type(error).__name__, error)
