b = b"Hello, World"
print(b.center(16, b"*"), b.ljust(14, b"."), b.rjust(14), b.zfill(14))
print(b.lstrip(b"H"), b.rstrip(b"d"), b.rfind(b"o"), b.index(b","), b.swapcase(), b.capitalize())
print(b.splitlines(), b"a\nb\r\nc".splitlines(), b"x\ty".expandtabs(4))
print(b.translate(None, b"lo"), b.removeprefix(b"Hello"), b.removesuffix(b"World"))
print(b.isupper(), b"ABC".isupper(), b"   ".isspace(), b"Ab Cd".istitle())
