# list[int], int | str: types.GenericAlias and types.UnionType, PEP 560's __mro_entries__.
alias = list[int]
print(alias, type(alias).__name__, type(alias).__module__)
print(dict[str, list[int]], tuple[()], tuple[int, ...], type[int], set[frozenset[bytes]])
print(alias.__origin__, alias.__args__, alias.__parameters__, alias.__name__)
print(alias([3, 1, 2]), alias == list[int], alias != list[str], hash(alias) == hash(list[int]))
print(enumerate[str], frozenset[int])

class Numbers(list[int]):
    pass

print(Numbers.__bases__, Numbers.__orig_bases__, Numbers([1, 2]))

for bad in (int, str, object, bytes):
    try:
        bad[0]
    except TypeError as error:
        print("TypeError:", error)

try:
    isinstance([], list[int])
except TypeError as error:
    print("TypeError:", error)

union = int | None
print(union, None | int, int | str | int, int | int, type(union).__name__)
print(union.__args__, (int | str) == (str | int), hash(int | str) == hash(str | int))
print(isinstance(3, int | str), isinstance(3.0, int | str), isinstance(None, int | None))
print(issubclass(bool, int | str), issubclass(float, int | str))
print(list[int] | None, int | list[str])
try:
    int | 3
except TypeError as error:
    print("TypeError:", error)

class Entries:
    def __mro_entries__(self, bases):
        print("resolving", len(bases), "bases")
        return (dict,)

class Mapping(Entries()):
    pass

print(Mapping.__bases__, Mapping.__mro__, len(Mapping.__orig_bases__))

class BadEntries:
    def __mro_entries__(self, bases):
        return [dict]

try:
    class Broken(BadEntries()):
        pass
except TypeError as error:
    print("TypeError:", error)

try:
    issubclass(1, int)
except TypeError as error:
    print("TypeError:", error)
