# runpy.run_path opens the file through io.open_code, which must be the
# runtime's own (CPython's C one), not _pyio's stand-in that warns at each use.
import io
import os
import runpy
import tempfile
import _pyio

with tempfile.TemporaryDirectory() as folder:
    path = os.path.join(folder, "target.py")
    with open(path, "w") as f:
        f.write("result = sum(range(10))\nprint('ran as', __name__)\n")
    namespace = runpy.run_path(path, run_name="__main__")
    print(namespace["result"])
    with io.open_code(path) as f:
        print(f.read().splitlines()[0])
print(io.open_code is _pyio.open_code)
try:
    io.open_code(b"x")
except TypeError as e:
    print("TypeError", e)
