def trace(label, value):
    print(label, value)
    return value

listed = [trace("list", i) for i in range(2)]
print("list built")
lazy = (trace("gen", i) for i in range(2))
print("generator built")
print(list(lazy))
first_iterable = (x for x in [trace("eager source", [1, 2])][0])
print("source evaluated eagerly")
print(list(first_iterable))
