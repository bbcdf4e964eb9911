# copy and pickle of slotted objects: object.__reduce_ex__ keeps the slots' values as state.
import copy, copyreg, pickle

class Point:
    __slots__ = ('x', 'y', '__private')
    def __init__(self, x, y):
        self.x, self.y = x, y
        self.__private = x * y

class Point3(Point):
    __slots__ = ('z',)

p = Point3(2, 3)
p.z = 4
print(copyreg._slotnames(Point3), Point3.__slotnames__)
print(p.__reduce_ex__(2)[2])
for clone in (copy.copy(p), copy.deepcopy(p), pickle.loads(pickle.dumps(p))):
    print(type(clone).__name__, clone.x, clone.y, clone.z, clone._Point__private)

half = Point.__new__(Point)
half.x = 1
print(half.__reduce_ex__(2)[2], half.__getstate__())
copied = copy.copy(half)
print(copied.x, hasattr(copied, 'y'))
print(Point.__new__(Point).__reduce_ex__(2)[2])
try:
    pickle.dumps(p, 1)
except TypeError as e:
    print('TypeError:', e)
