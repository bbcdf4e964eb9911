"""Low-level (C-level) types: machine ints and doubles, and pointers to strings, lists, dicts, tuples, instances."""

from translator import annotation as an


class LowLevelType:
    """A C-level type; kind is 'int', 'float', 'ref' or 'void' (the register class of the JIT encoding)."""

    def __init__(self, key, c_type, kind):
        self.key = key
        self.c_type = c_type
        self.kind = kind
        self.c_prefix = None

    def __repr__(self):
        return self.key


class PrimitiveType(LowLevelType):
    pass


class StrType(LowLevelType):
    pass


class ListType(LowLevelType):
    """A growable array of items: struct {length, capacity, items*}."""

    def __init__(self, key, item, prefix):
        LowLevelType.__init__(self, key, prefix + " *", "ref")
        self.item = item
        self.c_prefix = prefix


class DictType(LowLevelType):
    """An open-addressing hash table from int or str keys to values."""

    def __init__(self, key, key_type, value_type, prefix):
        LowLevelType.__init__(self, key, prefix + " *", "ref")
        self.key_type = key_type
        self.value_type = value_type
        self.c_prefix = prefix


class TupleType(LowLevelType):
    """An immutable struct of fields f0, f1, ..."""

    def __init__(self, key, items, prefix):
        LowLevelType.__init__(self, key, prefix + " *", "ref")
        self.items = items
        self.c_prefix = prefix


class InstanceType(LowLevelType):
    """A pointer to the struct of a class; a subclass's struct starts with its base's."""

    def __init__(self, key, classdesc, prefix):
        LowLevelType.__init__(self, key, "struct " + prefix + " *", "ref")
        self.classdesc = classdesc
        self.c_prefix = prefix
        self.fields = []
        self.base = None


VOID = PrimitiveType("void", "void", "void")
BOOL = PrimitiveType("bool", "long", "int")
SIGNED = PrimitiveType("int", "long", "int")
FLOAT = PrimitiveType("float", "double", "float")
STR = StrType("str", "RtStr *", "ref")
STR.c_prefix = "RtStr"


def mangle(text):
    """A C identifier fragment from any text."""
    pieces = []
    for char in text:
        if ("a" <= char <= "z") or ("A" <= char <= "Z") or ("0" <= char <= "9"):
            pieces.append(char)
        else:
            pieces.append("_")
    return "".join(pieces)


class TypeRegistry:
    """Interns low-level types so that equal types are the same object."""

    def __init__(self):
        self.types = {}
        self.instance_types = {}
        self.order = []

    def intern(self, lltype):
        if lltype.key in self.types:
            return self.types[lltype.key]
        self.types[lltype.key] = lltype
        self.order.append(lltype)
        return lltype

    def list_of(self, item):
        key = "list[" + item.key + "]"
        if key in self.types:
            return self.types[key]
        return self.intern(ListType(key, item, "List" + str(len(self.order))))

    def dict_of(self, key_type, value_type):
        key = "dict[" + key_type.key + "," + value_type.key + "]"
        if key in self.types:
            return self.types[key]
        return self.intern(DictType(key, key_type, value_type, "Dict" + str(len(self.order))))

    def tuple_of(self, items):
        key = "tuple[" + ",".join([item.key for item in items]) + "]"
        if key in self.types:
            return self.types[key]
        return self.intern(TupleType(key, items, "Tuple" + str(len(self.order))))

    def instance_of(self, classdesc):
        if classdesc in self.instance_types:
            return self.instance_types[classdesc]
        prefix = "Inst_" + mangle(classdesc.qualified_name())
        lltype = InstanceType("inst[" + classdesc.qualified_name() + "]", classdesc, prefix)
        self.instance_types[classdesc] = lltype
        if classdesc.base is not None:
            lltype.base = self.instance_of(classdesc.base)
        return self.intern(lltype)

    def from_annotation(self, annotation):
        """The low-level type that represents values of an annotation."""
        if isinstance(annotation, an.SomeImpossible) or isinstance(annotation, an.SomeNone) or \
                isinstance(annotation, an.SomeDesc):
            return VOID
        if isinstance(annotation, an.SomeBool):
            return BOOL
        if isinstance(annotation, an.SomeInt):
            return SIGNED
        if isinstance(annotation, an.SomeFloat):
            return FLOAT
        if isinstance(annotation, an.SomeStr):
            return STR
        if isinstance(annotation, an.SomeList):
            return self.list_of(self.item_type(annotation.listdef.root().item))
        if isinstance(annotation, an.SomeDict):
            root = annotation.dictdef.root()
            return self.dict_of(self.item_type(root.key), self.item_type(root.value))
        if isinstance(annotation, an.SomeTuple):
            items = []
            for item in annotation.items:
                items.append(self.item_type(item))
            return self.tuple_of(items)
        if isinstance(annotation, an.SomeInstance):
            return self.instance_of(annotation.classdesc)
        raise Exception("no low-level type for " + annotation.describe())

    def item_type(self, annotation):
        """Items of containers are never void: an empty family holds ints."""
        lltype = self.from_annotation(annotation)
        if lltype is VOID:
            return SIGNED
        return lltype
