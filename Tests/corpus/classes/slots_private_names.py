# A private name in __slots__ (`__parent`) is mangled with the declaring class's name, as the
# class's methods spell it (SQLAlchemy's _ModNS); dunder names are not mangled.


class Namespace(object):
    __slots__ = ("__parent", "plain", "__both__")

    def __init__(self, parent):
        self.__parent = parent
        self.plain = 1
        self.__both__ = 2

    def parent(self):
        return self.__parent


class _Leading(object):
    __slots__ = "__hidden"

    def __init__(self):
        self.__hidden = "h"

    def hidden(self):
        return self.__hidden


class Child(Namespace):
    __slots__ = ("__own",)

    def __init__(self):
        Namespace.__init__(self, "p")
        self.__own = "o"

    def own(self):
        return self.__own


n = Namespace("root")
print(n.parent(), n.plain, n.__both__, n._Namespace__parent)
print(_Leading().hidden(), _Leading()._Leading__hidden)
c = Child()
print(c.parent(), c.own(), c._Child__own)
for target, name in ((n, "__parent"), (n, "other"), (c, "_Namespace__own")):
    try:
        setattr(target, name, 0)
    except AttributeError as error:
        print("AttributeError:", error)
