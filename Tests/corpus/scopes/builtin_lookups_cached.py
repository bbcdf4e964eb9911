# LOAD_GLOBAL caches builtins too; a module global added later, removed again, or a
# changed builtins entry must be seen by the next run of the same instruction.
import builtins


def size(value):
    return len(value)


print(size("abc"))
len = lambda value: "shadowed"
print(size("abc"))
del len
print(size("abcd"))
globals()["len"] = lambda value: "via globals()"
print(size("a"))
globals().pop("len")
print(size("ab"))
original = builtins.len
builtins.len = lambda value: "patched builtin"
print(size("a"))
builtins.len = original
print(size("xyz"))
for index in range(3):
    if index == 1:
        abs = lambda value: "global abs"
    print(abs(-index))
del abs
print(abs(-5))
try:
    print(undefined_name)
except NameError as error:
    print(error)
undefined_name = 1
print(undefined_name)

# One code object run with different globals dicts.
code = compile("result = len('ab')", "<cached>", "exec")
for namespace in ({}, {"len": lambda value: "own len"}, {}, {"len": lambda value: "again"}):
    exec(code, namespace)
    print(namespace["result"])
