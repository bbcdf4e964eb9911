"""Malloc removal across links: objects that never escape a graph become one variable per field.

Variables joined by links form families (union-find). A family can be removed when its
only creations are `malloc`s of one struct type, it is only read and written through
`getfield`/`setfield` and passed along links, and no variable of it is used outside the
block that defines it (or receives it). Each variable of such a family is then replaced
by its field values: block arguments by one argument per field, links pass the fields.
"""

from translator import model
from translator.model import Constant, Variable, Operation
from translator import lltypes


class Families:
    """Union-find over variables connected by links."""

    def __init__(self):
        self.parent = {}

    def find(self, variable):
        root = variable
        while root in self.parent:
            root = self.parent[root]
        while variable in self.parent and self.parent[variable] is not root:
            following = self.parent[variable]
            self.parent[variable] = root
            variable = following
        return root

    def union(self, first, second):
        first = self.find(first)
        second = self.find(second)
        if first is not second:
            self.parent[second] = first


def struct_fields(lltype):
    """(name, type) of the fields a removed object of this type is split into."""
    fields = []
    if isinstance(lltype, lltypes.TupleType):
        index = 0
        for item in lltype.items:
            fields.append(("f" + str(index), item))
            index += 1
    elif isinstance(lltype, lltypes.InstanceType):
        for field in lltype.fields:
            if field[1] is not lltypes.VOID:
                fields.append(field)
    return fields


def zero_of(lltype):
    if lltype.kind == "ref":
        constant = Constant(None)
    elif lltype is lltypes.FLOAT:
        constant = Constant(0.0)
    else:
        constant = Constant(0)
    constant.concretetype = lltype
    return constant


class MallocRemover:
    """Finds removable families in one graph and rewrites them."""

    def __init__(self, graph, blocks):
        self.graph = graph
        self.blocks = blocks
        self.families = Families()
        self.bad = {}
        self.types = {}
        self.has_malloc = {}

    def analyse(self):
        families = self.families
        for block in self.blocks:
            for link in block.exits:
                if link.target.is_final:
                    continue
                index = 0
                for argument in link.args:
                    if isinstance(argument, Variable):
                        families.union(argument, link.target.inputargs[index])
                    index += 1
        for variable in self.graph.startblock.inputargs:
            self.bad[families.find(variable)] = True
        for block in self.blocks:
            local = {}
            for variable in block.inputargs:
                local[variable] = True
            for operation in block.operations:
                for position in range(len(operation.args)):
                    argument = operation.args[position]
                    if not isinstance(argument, Variable):
                        continue
                    root = families.find(argument)
                    field_access = (operation.opname == "getfield" or operation.opname == "setfield") and \
                        position == 0
                    if not field_access or argument not in local:
                        self.bad[root] = True
                root = families.find(operation.result)
                if operation.opname == "malloc":
                    lltype = operation.args[0].value
                    if root in self.types and self.types[root] is not lltype:
                        self.bad[root] = True
                    self.types[root] = lltype
                    self.has_malloc[root] = True
                else:
                    self.bad[root] = True
                local[operation.result] = True
            if isinstance(block.exitswitch, Variable):
                self.bad[families.find(block.exitswitch)] = True
            for link in block.exits:
                index = 0
                for argument in link.args:
                    if isinstance(argument, Variable):
                        if link.target.is_final or argument not in local:
                            self.bad[families.find(argument)] = True
                    elif not model.is_undefined(argument) and not link.target.is_final:
                        self.bad[families.find(link.target.inputargs[index])] = True
                    index += 1

    def removable(self, variable):
        root = self.families.find(variable)
        return root in self.has_malloc and root not in self.bad and \
            len(struct_fields(self.types[root])) > 0

    def rewrite(self):
        """Replaces every variable of a removable family by its fields; returns the mallocs removed."""
        removed = 0
        expansions = {}
        original = {}
        for block in self.blocks:
            original[block] = list(block.inputargs)
        for block in self.blocks:
            inputargs = []
            state = {}
            for variable in block.inputargs:
                if self.removable(variable):
                    values = {}
                    for field in struct_fields(self.types[self.families.find(variable)]):
                        part = Variable(field[0])
                        part.concretetype = field[1]
                        inputargs.append(part)
                        values[field[0]] = part
                    state[variable] = values
                    expansions[variable] = True
                else:
                    inputargs.append(variable)
            block.inputargs = inputargs
            kept = []
            for operation in block.operations:
                if operation.opname == "malloc" and self.removable(operation.result):
                    values = {}
                    for field in struct_fields(operation.args[0].value):
                        values[field[0]] = zero_of(field[1])
                    state[operation.result] = values
                    removed += 1
                    continue
                if operation.opname == "setfield" and operation.args[0] in state:
                    state[operation.args[0]][operation.args[1].value] = operation.args[2]
                    continue
                if operation.opname == "getfield" and operation.args[0] in state:
                    value = state[operation.args[0]].get(operation.args[1].value)
                    if value is None:
                        value = zero_of(operation.result.concretetype)
                    kept.append(Operation("same_as", [value], operation.result, operation.line))
                    continue
                kept.append(operation)
            block.operations = kept
            for link in block.exits:
                arguments = []
                index = 0
                for argument in link.args:
                    target = None
                    if not link.target.is_final:
                        target = original[link.target][index]
                    index += 1
                    if target is not None and self.removable(target):
                        fields = struct_fields(self.types[self.families.find(target)])
                        for field in fields:
                            if isinstance(argument, Variable):
                                arguments.append(state[argument][field[0]])
                            else:
                                arguments.append(Constant(model.UNDEFINED))
                        continue
                    arguments.append(argument)
                link.args = arguments
        return removed


def remove_mallocs_across_links(graph, blocks):
    """Runs the analysis and the rewrite on one graph; returns how many mallocs went away."""
    remover = MallocRemover(graph, blocks)
    remover.analyse()
    return remover.rewrite()
