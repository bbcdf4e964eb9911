# Case mappings and predicates of str over a sample of code points, checked against
# CPython 3.11 (Unicode 14.0) by count and checksum.
names = ["isalpha", "isdigit", "isdecimal", "isnumeric", "isalnum", "isspace", "isprintable", "isupper", "islower", "istitle", "isidentifier"]
maps = ["upper", "lower", "title", "casefold", "swapcase", "capitalize"]
for name in names + maps:
    total = 0
    count = 0
    examples = []
    for c in range(0, 0x30000, 61):
        ch = chr(c)
        r = getattr(ch, name)()
        if name in maps:
            if r != ch:
                count += 1
                total = (total * 31 + c + sum(map(ord, r))) % 1000000007
        elif r:
            count += 1
            total = (total * 31 + c) % 1000000007
    print(name, count, total)
