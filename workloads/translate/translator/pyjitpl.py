"""Phase 'pyjitpl': encodes every low-level graph as a compact register bytecode (a "jitcode"), as a JIT generator would.

Per graph: liveness of variables over the blocks (a backward dataflow to a fixpoint),
register allocation per kind (int, float, ref) by colouring the interference of live
ranges, then assembly into bytes with per-kind constant pools and a shared table of
descriptors (fields, calls, helpers, vtable slots, classes).
"""

from translator import model
from translator.model import Constant, Variable
from translator import lltypes

KINDS = ["int", "float", "ref"]


class JitCode:
    """One graph's bytecode, constants and register counts."""

    def __init__(self, name):
        self.name = name
        self.code = []
        self.constants = {"int": [], "float": [], "ref": []}
        self.register_counts = {"int": 0, "float": 0, "ref": 0}


class JitCodes:
    """The jitcodes of the whole program, the instruction set seen and the descriptor table."""

    def __init__(self):
        self.codes = []
        self.total_bytes = 0
        self.descriptors = []
        self.descriptor_index = {}
        self.instructions = {}

    def descriptor(self, key):
        if key not in self.descriptor_index:
            self.descriptor_index[key] = len(self.descriptors)
            self.descriptors.append(key)
        return self.descriptor_index[key]

    def opcode(self, key):
        if key not in self.instructions:
            self.instructions[key] = len(self.instructions)
        return self.instructions[key]


def kind_of(value):
    lltype = value.concretetype
    if lltype is None or lltype is lltypes.VOID:
        return "void"
    return lltype.kind


class Liveness:
    """Variables live at the entry of each block, and per operation, of one graph."""

    def __init__(self, graph, blocks):
        self.graph = graph
        self.blocks = blocks
        self.live_in = {}

    def used_by_exits(self, block):
        used = {}
        for link in block.exits:
            for argument in link.args:
                if isinstance(argument, Variable):
                    used[argument] = True
        if isinstance(block.exitswitch, Variable):
            used[block.exitswitch] = True
        return used

    def compute(self):
        for block in self.blocks:
            self.live_in[block] = {}
        changed = True
        while changed:
            changed = False
            index = len(self.blocks) - 1
            while index >= 0:
                block = self.blocks[index]
                index -= 1
                live = self.live_out(block)
                position = len(block.operations) - 1
                while position >= 0:
                    operation = block.operations[position]
                    if operation.result in live:
                        del live[operation.result]
                    for argument in operation.args:
                        if isinstance(argument, Variable):
                            live[argument] = True
                    position -= 1
                for variable in block.inputargs:
                    if variable in live:
                        del live[variable]
                if len(live) != len(self.live_in[block]):
                    self.live_in[block] = live
                    changed = True

    def live_out(self, block):
        """Variables needed after the block's operations: by its exits and, through links, by its successors."""
        live = self.used_by_exits(block)
        for link in block.exits:
            if link.target in self.live_in:
                for variable in self.live_in[link.target]:
                    live[variable] = True
        return live


class RegisterAllocator:
    """Colours variables of one kind so that variables live at the same time get different registers."""

    def __init__(self, liveness):
        self.liveness = liveness
        self.neighbours = {}
        self.colours = {}

    def interfere(self, live):
        variables = []
        for variable in live:
            variables.append(variable)
        for first in variables:
            kind = kind_of(first)
            if kind == "void":
                continue
            edges = self.neighbours.get(first)
            if edges is None:
                edges = {}
                self.neighbours[first] = edges
            for second in variables:
                if second is not first and kind_of(second) == kind:
                    edges[second] = True

    def build(self):
        liveness = self.liveness
        for block in liveness.blocks:
            live = liveness.live_out(block)
            self.interfere(live)
            position = len(block.operations) - 1
            while position >= 0:
                operation = block.operations[position]
                if operation.result in live:
                    del live[operation.result]
                self.interfere_with(operation.result, live)
                for argument in operation.args:
                    if isinstance(argument, Variable):
                        live[argument] = True
                self.interfere(live)
                position -= 1
            for variable in block.inputargs:
                live[variable] = True
            self.interfere(live)

    def interfere_with(self, variable, live):
        kind = kind_of(variable)
        if kind == "void":
            return
        edges = self.neighbours.get(variable)
        if edges is None:
            edges = {}
            self.neighbours[variable] = edges
        for other in live:
            if other is not variable and kind_of(other) == kind:
                edges[other] = True
                other_edges = self.neighbours.get(other)
                if other_edges is None:
                    other_edges = {}
                    self.neighbours[other] = other_edges
                other_edges[variable] = True

    def colour(self, order):
        counts = {"int": 0, "float": 0, "ref": 0}
        for variable in order:
            kind = kind_of(variable)
            if kind == "void" or variable in self.colours:
                continue
            taken = {}
            edges = self.neighbours.get(variable)
            if edges is not None:
                for other in edges:
                    if other in self.colours:
                        taken[self.colours[other]] = True
            register = 0
            while register in taken:
                register += 1
            self.colours[variable] = register
            if register + 1 > counts[kind]:
                counts[kind] = register + 1
        return counts


class Assembler:
    """Writes one graph's instructions as bytes."""

    def __init__(self, jitcodes, graph, blocks, colours, jitcode):
        self.jitcodes = jitcodes
        self.graph = graph
        self.blocks = blocks
        self.colours = colours
        self.jitcode = jitcode
        self.labels = {}
        self.fixups = []
        self.constant_index = {}

    def byte(self, value):
        self.jitcode.code.append(value % 256)

    def short(self, value):
        self.byte(value % 256)
        self.byte((value // 256) % 256)

    def operand(self, value):
        """A register, or a constant from the pool of its kind; returns the kind letter."""
        kind = kind_of(value)
        if kind == "void":
            return "v"
        if isinstance(value, Variable):
            self.byte(self.colours.get(value, 0))
            return kind[0]
        key = kind + ":" + repr(value.value)
        if key not in self.constant_index:
            pool = self.jitcode.constants[kind]
            self.constant_index[key] = len(pool)
            pool.append(value.value)
        self.byte(self.constant_index[key])
        return kind[0].upper()

    def descriptor_of(self, operation):
        name = operation.opname
        args = operation.args
        if name == "getfield" or name == "setfield":
            owner = args[0].concretetype
            if owner is None:
                owner = lltypes.STR
            return "field " + owner.key + "." + args[1].value
        if name == "direct_call":
            return "call " + args[0].value.qualified_name()
        if name == "vtable_call":
            return "method " + args[0].value.owner.qualified_name() + "." + args[0].value.name
        if name == "ll_call":
            return "helper " + args[0].value.c_name()
        if name == "malloc":
            return "size " + args[0].value.key
        if name == "instanceof":
            return "class " + args[1].value.qualified_name()
        if name == "getglobal" or name == "setglobal":
            return "global " + args[0].value.module.name + "." + args[0].value.name
        if name == "import_module":
            return "module " + args[0].value.name
        return None

    def assemble(self):
        for block in self.blocks:
            self.labels[block] = len(self.jitcode.code)
            for operation in block.operations:
                self.instruction(operation)
            self.exits(block)
        for fixup in self.fixups:
            position = fixup[0]
            target = self.labels.get(fixup[1], 0)
            self.jitcode.code[position] = target % 256
            self.jitcode.code[position + 1] = (target // 256) % 256

    def instruction(self, operation):
        start = len(self.jitcode.code)
        self.byte(0)
        descriptor = self.descriptor_of(operation)
        signature = ""
        first = 0
        if descriptor is not None:
            self.short(self.jitcodes.descriptor(descriptor))
            signature = "d"
            first = 1
            if operation.opname == "instanceof":
                first = 0
        index = 0
        for argument in operation.args:
            if index >= first and not (operation.opname == "getfield" and index == 1) and \
                    not (operation.opname == "setfield" and index == 1) and \
                    not (operation.opname == "instanceof" and index == 1):
                signature = signature + self.operand(argument)
            index += 1
        if kind_of(operation.result) != "void":
            signature = signature + ">" + self.operand(operation.result)
        self.jitcode.code[start] = self.jitcodes.opcode(operation.opname + "/" + signature) % 256

    def moves(self, link):
        """Register moves for a link (the target's registers get the link's values)."""
        index = 0
        for argument in link.args:
            target = link.target.inputargs[index] if index < len(link.target.inputargs) else None
            index += 1
            if target is None or kind_of(target) == "void":
                continue
            if model.is_last_exception(argument):
                self.byte(self.jitcodes.opcode("last_exc_value/>r"))
                self.operand(target)
                continue
            if model.is_undefined(argument) or kind_of(argument) == "void":
                continue
            if isinstance(argument, Variable) and self.colours.get(argument) == self.colours.get(target):
                continue
            kind = kind_of(target)
            self.byte(self.jitcodes.opcode(kind + "_copy"))
            self.operand(argument)
            self.operand(target)

    def jump(self, link):
        self.moves(link)
        if link.target is self.graph.returnblock:
            self.byte(self.jitcodes.opcode("return"))
            if len(link.args) > 0:
                self.operand(link.args[0])
            return
        if link.target is self.graph.exceptblock:
            self.byte(self.jitcodes.opcode("reraise"))
            return
        self.byte(self.jitcodes.opcode("goto"))
        self.fixups.append((len(self.jitcode.code), link.target))
        self.short(0)

    def exits(self, block):
        if block.exitswitch is None:
            for link in block.exits:
                self.jump(link)
            return
        if block.exitswitch == "last_exception":
            for link in block.exits[1:]:
                self.byte(self.jitcodes.opcode("catch_exception"))
                if isinstance(link.exitcase, model.ClassDesc):
                    self.short(self.jitcodes.descriptor("class " + link.exitcase.qualified_name()))
                else:
                    self.short(65535)
                self.fixups.append((len(self.jitcode.code), link.target))
                self.short(0)
            for link in block.exits:
                self.jump(link)
            return
        self.byte(self.jitcodes.opcode("goto_if_not"))
        self.operand(block.exitswitch)
        false_link = block.exits[1]
        true_link = block.exits[0]
        if true_link.exitcase is not True:
            false_link = block.exits[0]
            true_link = block.exits[1]
        position = len(self.jitcode.code)
        self.short(0)
        self.jump(true_link)
        self.jitcode.code[position] = len(self.jitcode.code) % 256
        self.jitcode.code[position + 1] = (len(self.jitcode.code) // 256) % 256
        self.jump(false_link)


def encode_graph(jitcodes, graph):
    blocks = []
    for block in graph.iterblocks():
        if not block.is_final:
            blocks.append(block)
    liveness = Liveness(graph, blocks)
    liveness.compute()
    allocator = RegisterAllocator(liveness)
    allocator.build()
    order = []
    for block in blocks:
        for variable in block.inputargs:
            order.append(variable)
        for operation in block.operations:
            order.append(operation.result)
    jitcode = JitCode(graph.name)
    jitcode.register_counts = allocator.colour(order)
    Assembler(jitcodes, graph, blocks, allocator.colours, jitcode).assemble()
    return jitcode


def encode_program(rtyper, graphs):
    jitcodes = JitCodes()
    for graph in graphs:
        jitcode = encode_graph(jitcodes, graph)
        jitcodes.codes.append(jitcode)
        jitcodes.total_bytes += len(jitcode.code)
    return jitcodes
