# __del__ runs once for collected objects, and for survivors at exit.
import gc
class Resource:
    def __init__(self, name): self.name = name
    def __del__(self): print("closing", self.name)
r = Resource("a")
r = None
gc.collect()
print("after collect")
for i in range(3):
    Resource("loop%d" % i)
gc.collect()
print("still running")
kept = Resource("at exit")
print("end of program")
