# hash() of a view is kept after release(); views cannot be pickled or copied.
import pickle, copy
m = memoryview(b'abcdef')
print(hash(m) == hash(b'abcdef'))
m.release()
print(hash(m) == hash(b'abcdef'))
for thunk in [lambda: pickle.dumps(memoryview(b'x')), lambda: copy.copy(memoryview(b'x')), lambda: pickle.dumps(memoryview(b'x'), 0)]:
    try:
        thunk()
    except TypeError as e:
        print('TypeError', e)
