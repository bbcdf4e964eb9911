# random: after seed(n), every function draws exactly CPython's sequence.
import random

random.seed(12345)
print([round(random.random(), 12) for _ in range(5)])
print([random.randrange(100) for _ in range(10)])
print([random.randint(-5, 5) for _ in range(10)])
print(random.randrange(0, 100, 7), random.randrange(50, 10, -3))
items = list(range(20))
random.shuffle(items)
print(items)
print(random.choice("abcdefgh"), random.choice([10, 20, 30]))
print(random.sample(range(1000), 8), random.sample("abcdefg", 3))
print(round(random.uniform(1.5, 2.5), 12), round(random.gauss(0, 1), 12), round(random.gauss(10, 2), 12))
print(random.getrandbits(5), random.getrandbits(40), random.getrandbits(100))
print([round(x, 12) for x in (random.normalvariate(), random.expovariate(2.0), random.triangular(0, 10, 3))])
print(random.choices("xyz", k=6), random.choices("xyz", weights=[1, 5, 10], k=6))
for seed in (0, 1, 2 ** 40, -7, 10 ** 30):
    random.seed(seed)
    print(seed, random.random(), random.randrange(10 ** 20))
state = random.getstate()
first = random.random()
random.setstate(state)
print(first == random.random())
r = random.Random(99)
print(r.randint(1, 6), r.random())
try:
    random.randrange(0)
except ValueError as error:
    print("ValueError:", error)
try:
    random.choice([])
except IndexError as error:
    print("IndexError:", error)
