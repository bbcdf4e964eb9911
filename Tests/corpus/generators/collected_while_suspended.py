import gc
def worker(name, log):
    try:
        yield 1
        yield 2
    finally:
        log.append(f"finally {name}")

class Manager:
    def __init__(self, log): self.log = log
    def __enter__(self): return self
    def __exit__(self, *exc):
        self.log.append(f"exit {exc[0].__name__}")
        return False

def managed(log):
    with Manager(log):
        yield "inside"

def outside(log):
    yield 1
    try:
        yield 2
    finally:
        log.append("never: suspended outside the try")

log = []
g = worker("a", log); next(g); del g
gc.collect(); print(log)
log = []
m = managed(log); next(m); del m
gc.collect(); print(log)
log = []
o = outside(log); next(o); del o
gc.collect(); print(log)
log = []
gens = [worker(i, log) for i in range(3)]
for g in gens: next(g)
del gens, g
gc.collect(); print(sorted(log))
log = []
def delegating(log):
    try:
        yield from worker("inner", log)
    finally:
        log.append("outer finally")
d = delegating(log); next(d); del d
gc.collect(); print(log)
def catches(log):
    try:
        yield 1
    except GeneratorExit:
        log.append("saw GeneratorExit")
        raise
log = []
c = catches(log); next(c); del c
gc.collect(); print(log)
finished = worker("done", log); list(finished); del finished
gc.collect(); print(log)
alive_at_exit = worker("at exit", [])
def at_exit_printer():
    try:
        yield 1
    finally:
        print("finally at exit")
keep = at_exit_printer(); next(keep)
print("end of program")
