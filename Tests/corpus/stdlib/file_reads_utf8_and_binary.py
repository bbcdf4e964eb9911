# Reading a file opened with open() in text and binary mode: characters beyond ASCII, newlines
# of every kind, read(n) counting characters (text) or bytes (binary), readline, readlines,
# iteration, tell/seek and readinto.
import os
import tempfile

folder = tempfile.mkdtemp()
path = os.path.join(folder, "mixed.txt")
with open(path, "wb") as file:
    file.write("héllo\r\nwörld\rlast\n€x 𝄞 end\n".encode() + b"plain ascii line\n" * 3 + "tail ü".encode())

with open(path) as file:
    print(repr(file.read(3)), file.tell())
    print(repr(file.readline()))
    print(repr(file.read(4)))
    print(list(file))
with open(path) as file:
    print(file.readlines())
with open(path) as file:
    whole = file.read()
    print(len(whole), repr(whole[-12:]), repr(file.read()), repr(file.readline()))
with open(path, encoding="utf-8") as file:
    print([len(line) for line in file])

with open(path, "rb") as file:
    print(file.read(5), file.tell())
    print(file.readline())
    file.seek(2)
    print(file.read(10))
    file.seek(0, 2)
    print(file.read(), file.tell())
    file.seek(0)
    buffer = bytearray(7)
    print(file.readinto(buffer), buffer)
    file.seek(-4, 2)
    print(file.read(100), file.read(1))
with open(path, "rb") as file:
    print(len(file.read()), sum(1 for _ in open(path, "rb")), open(path, "rb").readlines()[-1])

empty = os.path.join(folder, "empty.txt")
open(empty, "w").close()
with open(empty) as file:
    print(repr(file.read()), repr(file.readline()), file.readlines(), repr(file.read(5)))
with open(empty, "rb") as file:
    print(file.read(), file.readline(), file.read(3))
