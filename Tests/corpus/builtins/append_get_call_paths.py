# list.append and dict.get as CALL makes them directly (exact lists and dicts) next to
# the forms that go through the builtin: subclasses, unbound and bound calls, wrong
# receivers, wrong argument counts, keywords, and keys whose __eq__ runs Python code.


class MyList(list):
    def append(self, item):
        super().append(("wrapped", item))


class PlainSub(list):
    pass


class MyDict(dict):
    def get(self, key, default=None):
        return ("mine", key, default)


class Key:
    def __init__(self, name):
        self.name = name

    def __hash__(self):
        return 7

    def __eq__(self, other):
        print("eq", self.name, other.name)
        return self.name == other.name


items = []
for i in range(5):
    items.append(i * i)
add = items.append
add(99)
list.append(items, 100)
print(items)
for target in [MyList(), PlainSub()]:
    target.append(1)
    list.append(target, 2)
    print(type(target).__name__, target)
for call in [lambda: list.append(3, 4), lambda: items.append(), lambda: items.append(1, 2),
             lambda: items.append(x=1), lambda: list.append()]:
    try:
        call()
    except TypeError as error:
        print("TypeError:", error)

table = {"a": 1, (1, 2): "pair", 3.0: "three"}
print(table.get("a"), table.get("b"), table.get("b", 0), table.get((1, 2)), table.get(3), dict.get(table, "a"))
look = table.get
print(look("a"), look("zz", "default"))
print(MyDict(a=1).get("a"), MyDict().get("b", 2))
for call in [lambda: table.get(), lambda: table.get(1, 2, 3), lambda: dict.get([], 1),
             lambda: table.get([])]:
    try:
        call()
    except TypeError as error:
        print("TypeError:", error)

keyed = {Key("x"): 1, Key("y"): 2}
print(keyed.get(Key("y")), keyed.get(Key("z"), "none"))
counts = {}
for word in "the cat and the hat and the bat".split():
    counts[word] = counts.get(word, 0) + 1
print(sorted(counts.items()))
