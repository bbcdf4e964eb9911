# random.SystemRandom (the system's source: no seed, no state) and text seeds, which
# CPython hashes with SHA-512 (the same sequence for str, bytes and bytearray).
import random

for seed in ("hello", b"hello", bytearray(b"hello"), "", "ünïcode"):
    generator = random.Random(seed)
    print(repr(seed), generator.random(), generator.randrange(1000), generator.randbytes(4))

system = random.SystemRandom()
print(isinstance(system, random.Random), "SystemRandom" in random.__all__)
print(all(0.0 <= system.random() < 1.0 for _ in range(100)))
print(all(0 <= system.getrandbits(5) < 32 for _ in range(100)), system.getrandbits(0))
print(len(system.randbytes(10)), 1 <= system.randint(1, 6) <= 6, system.choice("ab") in "ab")
print(system.seed(5))
for call in (system.getstate, lambda: system.setstate(None)):
    try:
        call()
    except NotImplementedError as error:
        print("NotImplementedError", error)
try:
    system.getrandbits(-1)
except ValueError as error:
    print("ValueError", error)

# Version 1 seeds (Python 2's hash of the text) and version 2 states.
generator = random.Random()
for seed in ("nofar", b"rachel", ""):
    generator.seed(seed, version=1)
    print(repr(seed), [generator.random().hex() for _ in range(2)])
version, internal, gauss_next = random.Random(7).getstate()
generator.setstate((2, tuple(word - 2 ** 32 if word > 2 ** 31 else word for word in internal), None))
print(generator.random() == random.Random(7).random())
for state in ((4, internal, None),):
    try:
        generator.setstate(state)
    except ValueError as error:
        print("ValueError", error)

# Populations must be sequences; weights must add up to a finite positive total.
for population in (dict.fromkeys("abcdef"), {1, 2, 3}):
    try:
        generator.sample(population, 2)
    except TypeError as error:
        print("TypeError", error)
for weights in ([float("inf")], [0.0, float("nan")], [float("-inf"), 123], [0, 0]):
    try:
        generator.choices("AB"[:len(weights)], weights)
    except ValueError as error:
        print("ValueError", error)

# What setstate accepts: a tuple of 624 words and a position in 0...624.
start = random.Random(3).getstate()[1]
for internal in (None, [0] * 625, (1, 2, 3), ("a",) * 625, (0,) * 624 + ("a",), (1,) * 624 + (625,),
                 (1,) * 624 + (-1,), (-1,) * 625, (2 ** 64,) * 625, (2 ** 32 + 5,) * 624 + (624,)):
    try:
        generator.setstate((3, internal, None))
        print("accepted", generator.getstate()[1][:2])
    except (TypeError, ValueError, OverflowError) as error:
        print(type(error).__name__, error)
try:
    system.randbytes(-1)
except ValueError as error:
    print("ValueError", error)
