# A subclass of random.Random that overrides random() but not getrandbits() draws its
# integers from random(), as in CPython; one that adds getrandbits() uses the bits again.
import random, warnings
called = []
class Sub(random.Random):
    def random(self):
        called.append("random")
        return super().random()
r = Sub(5)
print(r.randrange(42), r.choice("abcdef"), r.sample(range(100), 3), len(called))
class Sub2(Sub):
    def getrandbits(self, k):
        called.append("bits")
        return super().getrandbits(k)
called.clear()
print(Sub2(5).randrange(42), called)
print(random.Random(5).randrange(42), random.Random._randbelow is random.Random._randbelow_with_getrandbits)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(Sub(3)._randbelow_without_getrandbits((1 << 53) + 1, maxsize=1 << 53) >= 0, [str(w.message).splitlines()[0] for w in caught])
print(Sub(3)._randbelow_without_getrandbits(5640))
