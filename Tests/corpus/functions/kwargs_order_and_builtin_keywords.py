def record(**fields):
    return list(fields)

print(record(z=1, a=2, m=3), record(**{"b": 1, "a": 2}, c=3))
print(sorted([3, 1, 2], reverse=True), int("ff", base=16), "a,b".split(sep=","), round(2.567, ndigits=1))
print(max([1, 5], default=0), dict(one=1, two=2), "x".center(5, "*"))

def describe(name, *items, sep=", ", **options):
    text = name + ": " + sep.join(map(str, items))
    for key, value in options.items():
        text += f" [{key}={value}]"
    return text
print(describe("nums", 1, 2, 3))
print(describe("letters", "a", "b", sep="|", upper=False, count=2))
try:
    int("10", bas=2)
except TypeError as error:
    print("TypeError:", error)
