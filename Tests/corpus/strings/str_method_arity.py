# str's predicates take no arguments; splitlines and expandtabs take at most one.
calls = [
    ("isspace", (42,)), ("isascii", (1,)), ("isprintable", (1,)), ("isidentifier", (1,)),
    ("isupper", (1,)), ("islower", (1,)), ("istitle", (1,)), ("isalpha", (1,)),
    ("splitlines", (True, 42)), ("expandtabs", (4, 4)), ("splitlines", ()), ("expandtabs", (2,)),
]
for name, arguments in calls:
    try:
        print(name, repr(getattr("a\tB c\nd", name)(*arguments)))
    except TypeError as error:
        print(name, "TypeError", error)
print("a\tb\nc".expandtabs(tabsize=4), "a\nb".splitlines(keepends=True))
try:
    "abc".isspace(x=1)
except TypeError as error:
    print("TypeError", error)
