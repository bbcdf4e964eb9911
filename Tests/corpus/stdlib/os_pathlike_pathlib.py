# os.PathLike (bound on first use), pure paths from CPython's pathlib, random.randbytes.
import os
import pathlib
import random


class Place:
    def __fspath__(self):
        return "/tmp/place"


print(os.PathLike, isinstance(Place(), os.PathLike), issubclass(str, os.PathLike), os.PathLike[str])
print(os.fspath(Place()), isinstance(pathlib.PurePosixPath("a"), os.PathLike))
try:
    os.no_such_name
except AttributeError as error:
    print("AttributeError:", error)
path = pathlib.PurePosixPath("/usr/lib/python3.11/json/decoder.py")
print(path.name, path.stem, path.suffix, path.parent, path.parts[:3], path.with_suffix(".txt"))
print(path.relative_to("/usr/lib"), path.match("*.py"), pathlib.PurePosixPath("a") / "b" / "c.d")
print(sorted([pathlib.PurePosixPath("b"), pathlib.PurePosixPath("a/c"), pathlib.PurePosixPath("a")]))
random.seed(5)
print(random.randbytes(6), len(random.randbytes(100)))
