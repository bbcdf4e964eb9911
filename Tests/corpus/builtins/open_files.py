path = "/tmp/tern_corpus_builtins_open_files.txt"
with open(path, "w", encoding="utf-8") as f:
    written = f.write("line one\n")
    f.write("línea dos\n")
    f.writelines(["three\n", "four"])
print("wrote", written)
with open(path, encoding="utf-8") as f:
    print(repr(f.readline()))
    print(repr(f.readline()))
    print(f.readlines())
with open(path, "r", encoding="utf-8") as f:
    content = f.read()
print(len(content), content.count("\n"), content.splitlines()[-1])
with open(path, "rb") as f:
    raw = f.read()
print(raw[:8], len(raw))
with open(path, "w") as f:
    print("via print", 42, file=f)
with open(path) as f:
    print(list(f))
try:
    open("/tmp/tern_corpus_definitely/missing/file.txt")
except FileNotFoundError as error:
    print("FileNotFoundError:", error.errno, error.strerror)
