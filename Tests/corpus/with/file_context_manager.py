import sys
path = "/tmp/tern_corpus_with_file_context_manager.txt"
with open(path, "w") as handle:
    handle.write("first\nsecond\n")
    print("closed inside?", handle.closed)
print("closed after?", handle.closed)
with open(path) as handle:
    for number, line in enumerate(handle, 1):
        print(number, line.rstrip("\n"))
with open(path, "a") as handle:
    print("third", file=handle)
with open(path) as handle:
    print(handle.read().splitlines())
try:
    handle.read()
except ValueError as error:
    print("ValueError:", error)
with open(path, "w") as handle:
    pass
