class Recorder:
    def __getitem__(self, key):
        return key

r = Recorder()
print(r[1], r[1:2], r[::3], r[1:2, 3], r[...], r[:, None])
print(r["a":"b"], r[1:2:3].indices(10))

class Sequence:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self.n))]
        if index < 0:
            index += self.n
        if not 0 <= index < self.n:
            raise IndexError("sequence index out of range")
        return index * index

sq = Sequence(6)
print(sq[2], sq[-1], sq[1:4], sq[::-2], list(sq), 16 in sq)
