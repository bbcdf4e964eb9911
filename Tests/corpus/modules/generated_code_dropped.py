# Code generated at run time and dropped is freed by the collector; whatever
# still refers to it (a kept function, an instance of a kept class, a traceback,
# a suspended generator) keeps it alive and working.
import gc

TEMPLATE = '''
SCALE = {cycle}
def double(x):
    return x * 2 + SCALE
def counter(n):
    total = 0
    for k in range(n):
        total += k % (SCALE + 1)
    return total
class Point:
    def __init__(self, x):
        self.x = x
    def moved(self, dx):
        return Point(self.x + dx * SCALE)
def make_adder(k):
    def add(v):
        return v + k + SCALE
    return add
def numbers():
    for k in range(3):
        yield k * SCALE
def failing(x):
    return x // (SCALE - SCALE)
'''

kept_functions = []
kept_points = []
kept_generators = []
kept_error = None
for cycle in range(40):
    namespace = {}
    exec(compile(TEMPLATE.format(cycle=cycle), f"<generated {cycle}>", "exec"), namespace)
    result = namespace["double"](cycle) + namespace["counter"](50)
    point = namespace["Point"](cycle).moved(2)
    adder = namespace["make_adder"](cycle)
    if cycle % 10 == 3:
        kept_functions.append(adder)
        kept_points.append(point)
        generator = namespace["numbers"]()
        next(generator)
        kept_generators.append(generator)
    if cycle == 7:
        try:
            namespace["failing"](1)
        except ZeroDivisionError as error:
            kept_error = error
    del namespace, point, adder
    if cycle % 5 == 0:
        gc.collect()
    print(cycle, result)

gc.collect()
gc.collect()
print([f(1) for f in kept_functions])
print([p.x for p in kept_points], [type(p).__name__ for p in kept_points])
print([p.moved(1).x for p in kept_points])
print([list(g) for g in kept_generators])
print(type(kept_error).__name__, kept_error)
raise kept_error
