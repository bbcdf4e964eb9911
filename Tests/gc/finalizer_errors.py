# An exception in __del__ is printed as "Exception ignored in" and dropped.
import gc
class Broken:
    def __del__(self): raise ValueError("boom")
Broken()
gc.collect()
print("still running")
