"""Annotations: the static types the annotator infers, their union, and list/dict/attribute definitions."""


class UnionError(Exception):
    """Two annotations that the subset cannot merge into one static type."""


class SomeValue:
    nullable = False

    def describe(self):
        return "value"


class SomeImpossible(SomeValue):
    """No value ever reaches here (the bottom of the lattice)."""

    def describe(self):
        return "nothing"


class SomeNone(SomeValue):
    def describe(self):
        return "None"


class SomeBool(SomeValue):
    def describe(self):
        return "bool"


class SomeInt(SomeValue):
    def describe(self):
        return "int"


class SomeFloat(SomeValue):
    def describe(self):
        return "float"


class SomeStr(SomeValue):
    def __init__(self, nullable):
        self.nullable = nullable

    def describe(self):
        if self.nullable:
            return "str or None"
        return "str"


class ListDef:
    """What one family of lists holds; merged (union-find) when two lists may be the same."""

    def __init__(self, item):
        self.item = item
        self.forward = None
        self.readers = {}

    def root(self):
        definition = self
        while definition.forward is not None:
            definition = definition.forward
        return definition


class DictDef:
    """What one family of dicts maps from and to."""

    def __init__(self, key, value):
        self.key = key
        self.value = value
        self.forward = None
        self.readers = {}

    def root(self):
        definition = self
        while definition.forward is not None:
            definition = definition.forward
        return definition


class SomeList(SomeValue):
    def __init__(self, listdef, nullable):
        self.listdef = listdef
        self.nullable = nullable

    def describe(self):
        return "list of " + self.listdef.root().item.describe()


class SomeDict(SomeValue):
    def __init__(self, dictdef, nullable):
        self.dictdef = dictdef
        self.nullable = nullable

    def describe(self):
        root = self.dictdef.root()
        return "dict of " + root.key.describe() + " to " + root.value.describe()


class SomeTuple(SomeValue):
    def __init__(self, items):
        self.items = items

    def describe(self):
        return "tuple of (" + ", ".join([item.describe() for item in self.items]) + ")"


class SomeInstance(SomeValue):
    def __init__(self, classdesc, nullable):
        self.classdesc = classdesc
        self.nullable = nullable

    def describe(self):
        text = "instance of " + self.classdesc.name
        if self.nullable:
            text = text + " or None"
        return text


class SomeDesc(SomeValue):
    """A constant function, class, module or builtin."""

    def __init__(self, desc):
        self.desc = desc

    def describe(self):
        return repr(self.desc)


class Attribute:
    """An instance attribute stored in a class: its annotation and the blocks that read it."""

    def __init__(self, name, owner):
        self.name = name
        self.owner = owner
        self.annotation = IMPOSSIBLE
        self.readers = {}


IMPOSSIBLE = SomeImpossible()
NONE = SomeNone()
BOOL = SomeBool()
INT = SomeInt()
FLOAT = SomeFloat()
STR = SomeStr(False)


def is_numeric(annotation):
    return isinstance(annotation, SomeInt) or isinstance(annotation, SomeBool) or isinstance(annotation, SomeFloat)


def is_integral(annotation):
    return isinstance(annotation, SomeInt) or isinstance(annotation, SomeBool)


def can_be_null(annotation):
    """Whether the annotation is a pointer type that may hold None."""
    return isinstance(annotation, SomeStr) or isinstance(annotation, SomeList) or \
        isinstance(annotation, SomeDict) or isinstance(annotation, SomeInstance)


def with_nullable(annotation, nullable):
    if isinstance(annotation, SomeStr):
        return SomeStr(nullable)
    if isinstance(annotation, SomeList):
        return SomeList(annotation.listdef, nullable)
    if isinstance(annotation, SomeDict):
        return SomeDict(annotation.dictdef, nullable)
    if isinstance(annotation, SomeInstance):
        return SomeInstance(annotation.classdesc, nullable)
    return annotation


def common_base(first, second):
    klass = first
    while klass is not None:
        if second.is_subclass_of(klass):
            return klass
        klass = klass.base
    return None


class Unifier:
    """Computes unions; merging list and dict definitions reports the readers to reflow."""

    def __init__(self, reflow):
        self.reflow = reflow

    def union(self, first, second):
        if first is None or isinstance(first, SomeImpossible):
            return second
        if second is None or isinstance(second, SomeImpossible):
            return first
        if isinstance(first, SomeNone) and isinstance(second, SomeNone):
            return first
        if isinstance(first, SomeNone):
            if can_be_null(second):
                return with_nullable(second, True)
            raise UnionError("None mixed with " + second.describe())
        if isinstance(second, SomeNone):
            return self.union(second, first)
        if isinstance(first, SomeBool) and isinstance(second, SomeBool):
            return BOOL
        if is_integral(first) and is_integral(second):
            return INT
        if isinstance(first, SomeFloat) and isinstance(second, SomeFloat):
            return FLOAT
        nullable = first.nullable or second.nullable
        if isinstance(first, SomeStr) and isinstance(second, SomeStr):
            return SomeStr(nullable)
        if isinstance(first, SomeList) and isinstance(second, SomeList):
            return SomeList(self.merge_lists(first.listdef, second.listdef), nullable)
        if isinstance(first, SomeDict) and isinstance(second, SomeDict):
            return SomeDict(self.merge_dicts(first.dictdef, second.dictdef), nullable)
        if isinstance(first, SomeInstance) and isinstance(second, SomeInstance):
            base = common_base(first.classdesc, second.classdesc)
            if base is None:
                raise UnionError("instances of unrelated classes " + first.classdesc.name + " and " +
                                 second.classdesc.name + " mixed")
            return SomeInstance(base, nullable)
        if isinstance(first, SomeTuple) and isinstance(second, SomeTuple) and len(first.items) == len(second.items):
            items = []
            index = 0
            while index < len(first.items):
                items.append(self.union(first.items[index], second.items[index]))
                index += 1
            return SomeTuple(items)
        if isinstance(first, SomeDesc) and isinstance(second, SomeDesc) and first.desc is second.desc:
            return first
        raise UnionError(first.describe() + " mixed with " + second.describe())

    def merge_lists(self, first, second):
        first = first.root()
        second = second.root()
        if first is second:
            return first
        second.forward = first
        item = self.union(first.item, second.item)
        changed = not same(item, first.item) or not same(item, second.item)
        first.item = item
        for reader in second.readers:
            first.readers[reader] = second.readers[reader]
        if changed:
            self.reflow(first.readers)
        return first

    def merge_dicts(self, first, second):
        first = first.root()
        second = second.root()
        if first is second:
            return first
        second.forward = first
        key = self.union(first.key, second.key)
        value = self.union(first.value, second.value)
        changed = not same(key, first.key) or not same(value, first.value) or \
            not same(key, second.key) or not same(value, second.value)
        first.key = key
        first.value = value
        for reader in second.readers:
            first.readers[reader] = second.readers[reader]
        if changed:
            self.reflow(first.readers)
        return first


def same(first, second):
    """Structural equality of annotations (list/dict definitions by identity of their roots)."""
    if first is second:
        return True
    if first is None or second is None:
        return False
    if first.__class__ is not second.__class__:
        return False
    if first.nullable != second.nullable:
        return False
    if isinstance(first, SomeList):
        return first.listdef.root() is second.listdef.root()
    if isinstance(first, SomeDict):
        return first.dictdef.root() is second.dictdef.root()
    if isinstance(first, SomeInstance):
        return first.classdesc is second.classdesc
    if isinstance(first, SomeTuple):
        if len(first.items) != len(second.items):
            return False
        index = 0
        while index < len(first.items):
            if not same(first.items[index], second.items[index]):
                return False
            index += 1
        return True
    if isinstance(first, SomeDesc):
        return first.desc is second.desc
    return True
