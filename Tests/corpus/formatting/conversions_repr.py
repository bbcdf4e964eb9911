class Item:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return f"Item({self.name!r})"
    def __str__(self):
        return f"item {self.name}"

it = Item("lamp")
print(f"{it}", f"{it!r}", f"{it!s}", "%s %r" % (it, it), "{} {!r}".format(it, it))
print([it], (it,), {"k": it}, str([it]))
print(repr("it's"), f"{'a' 'b'!r}", f"{[it]!s}")
