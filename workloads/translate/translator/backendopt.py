"""Phase 'backendopt': inlines small functions, joins blocks, folds constants, removes non-escaping mallocs and dead code."""

from translator import model
from translator.model import Constant, Variable, Operation, Link, Block
from translator import lltypes
from translator.malloc_removal import remove_mallocs_across_links

# Operations without side effects whose result alone matters.
PURE_OPERATIONS = {}
for _name in ["int_add", "int_sub", "int_mul", "int_lt", "int_le", "int_eq", "int_ne", "int_gt", "int_ge",
              "int_neg", "int_is_true", "int_abs", "int_min", "int_max", "float_add", "float_sub", "float_mul",
              "float_lt", "float_le", "float_eq", "float_ne", "float_gt", "float_ge", "float_neg",
              "float_is_true", "float_abs", "float_min", "float_max", "bool_not", "cast_int_to_float",
              "cast_bool_to_int", "cast_float_to_int", "same_as", "cast_pointer", "ptr_nonnull", "ptr_iszero",
              "ptr_eq", "ptr_ne", "getfield", "getarrayitem", "getglobal", "malloc", "instanceof"]:
    PURE_OPERATIONS[_name] = True

FOLDABLE = {"int_add": True, "int_sub": True, "int_mul": True, "int_lt": True, "int_le": True, "int_eq": True,
            "int_ne": True, "int_gt": True, "int_ge": True, "int_neg": True, "int_is_true": True,
            "float_add": True, "float_sub": True, "float_mul": True, "float_lt": True, "float_le": True,
            "float_eq": True, "float_ne": True, "float_gt": True, "float_ge": True, "float_neg": True,
            "bool_not": True, "cast_int_to_float": True, "cast_bool_to_int": True}


def wrap_signed(value):
    """Python's unbounded int reduced to C's 64-bit signed arithmetic."""
    value = value % 18446744073709551616
    if value >= 9223372036854775808:
        value -= 18446744073709551616
    return value


def fold(name, values):
    """The constant result of a pure operation on constants."""
    if name == "bool_not":
        return not values[0]
    if name == "cast_int_to_float":
        return float(values[0])
    if name == "cast_bool_to_int":
        return int(values[0])
    kind = name[name.index("_") + 1:]
    a = values[0]
    if kind == "neg":
        result = -a
    elif kind == "is_true":
        return a != 0
    else:
        b = values[1]
        if kind == "add":
            result = a + b
        elif kind == "sub":
            result = a - b
        elif kind == "mul":
            result = a * b
        elif kind == "lt":
            return a < b
        elif kind == "le":
            return a <= b
        elif kind == "eq":
            return a == b
        elif kind == "ne":
            return a != b
        elif kind == "gt":
            return a > b
        else:
            return a >= b
    if name.startswith("int_"):
        return wrap_signed(result)
    return result


def graph_blocks(graph):
    result = []
    for block in graph.iterblocks():
        if not block.is_final:
            result.append(block)
    return result


class Optimizer:
    """Runs the passes over every graph and counts what each did."""

    def __init__(self, rtyper, graphs, threshold):
        self.rtyper = rtyper
        self.graphs = graphs
        self.threshold = threshold
        self.graph_of_function = {}
        for graph in graphs:
            self.graph_of_function[graph.function] = graph
        self.inlined = 0
        self.folded = 0
        self.removed_mallocs = 0
        self.removed_operations = 0
        self.joined = 0
        self.removed_arguments = 0
        self.recursive = {}

    def summary(self):
        return str(self.inlined) + " calls inlined, " + str(self.joined) + " blocks joined, " + \
            str(self.folded) + " constants folded, " + str(self.removed_mallocs) + " mallocs removed, " + \
            str(self.removed_operations) + " dead operations, " + str(self.removed_arguments) + \
            " block arguments removed"

    def run(self):
        self.find_recursive()
        sizes = {}
        for graph in self.graphs:
            sizes[graph] = graph.count_operations()
        for graph in self.graphs:
            self.inline_calls(graph, sizes)
        for graph in self.graphs:
            self.simplify(graph)
        return self

    def simplify(self, graph):
        changed = True
        rounds = 0
        while changed and rounds < 6:
            rounds += 1
            changed = False
            if self.join_blocks(graph):
                changed = True
            if self.fold_constants(graph):
                changed = True
            if self.remove_mallocs(graph):
                changed = True
            if self.remove_dead_operations(graph):
                changed = True
            if self.remove_unused_arguments(graph):
                changed = True

    # ---- inlining ----

    def find_recursive(self):
        """Functions that call themselves directly are never inlined."""
        for graph in self.graphs:
            for block in graph_blocks(graph):
                for operation in block.operations:
                    if operation.opname == "direct_call" and operation.args[0].value is graph.function:
                        self.recursive[graph] = True

    def inline_calls(self, graph, sizes):
        candidates = []
        for block in graph_blocks(graph):
            count = len(block.operations)
            index = 0
            for operation in block.operations:
                index += 1
                if operation.opname != "direct_call":
                    continue
                if index == count and block.exitswitch == "last_exception":
                    continue
                callee = self.graph_of_function.get(operation.args[0].value)
                if callee is None or callee is graph or callee in self.recursive:
                    continue
                if sizes[callee] > self.threshold:
                    continue
                candidates.append((block, operation, callee))
        owner = {}
        for candidate in candidates:
            owner[candidate[1]] = candidate[0]
        for candidate in candidates:
            after = self.inline_one(graph, owner[candidate[1]], candidate[1], candidate[2])
            for operation in after.operations:
                owner[operation] = after
            self.inlined += 1

    def inline_one(self, graph, block, operation, callee):
        """Replaces one call by a copy of the callee's blocks."""
        position = block.operations.index(operation)
        after = Block([operation.result])
        after.operations = block.operations[position + 1:]
        after.exitswitch = block.exitswitch
        after.exits = block.exits
        mapping = {}
        copies = {}
        for original in graph_blocks(callee):
            inputargs = []
            for variable in original.inputargs:
                inputargs.append(self.copy_variable(variable, mapping))
            copies[original] = Block(inputargs)
        for original in graph_blocks(callee):
            copy = copies[original]
            for callee_operation in original.operations:
                arguments = []
                for argument in callee_operation.args:
                    arguments.append(self.copy_value(argument, mapping))
                result = self.copy_variable(callee_operation.result, mapping)
                copy.operations.append(Operation(callee_operation.opname, arguments, result, callee_operation.line))
            exitswitch = original.exitswitch
            if isinstance(exitswitch, Variable):
                exitswitch = self.copy_value(exitswitch, mapping)
            exits = []
            for link in original.exits:
                arguments = []
                for argument in link.args:
                    arguments.append(self.copy_value(argument, mapping))
                if link.target is callee.returnblock:
                    target = after
                elif link.target is callee.exceptblock:
                    target = graph.exceptblock
                else:
                    target = copies[link.target]
                exits.append(Link(arguments, target, link.exitcase))
            copy.close(exitswitch, exits)
        block.operations = block.operations[:position]
        block.close(None, [Link(operation.args[1:], copies[callee.startblock], None)])
        start_arguments = copies[callee.startblock].inputargs
        if len(start_arguments) != len(operation.args) - 1:
            raise Exception("inlining: argument count mismatch in " + callee.name)
        return after

    def copy_variable(self, variable, mapping):
        if variable in mapping:
            return mapping[variable]
        copy = Variable(variable.hint)
        copy.concretetype = variable.concretetype
        copy.annotation = variable.annotation
        mapping[variable] = copy
        return copy

    def copy_value(self, value, mapping):
        if isinstance(value, Variable):
            return self.copy_variable(value, mapping)
        return value

    # ---- joining blocks ----

    def predecessors(self, graph):
        counts = {}
        counts[graph.startblock] = 1
        for block in graph_blocks(graph):
            for link in block.exits:
                counts[link.target] = counts.get(link.target, 0) + 1
        return counts

    def join_blocks(self, graph):
        """Merges a block into its only predecessor when that one simply jumps to it."""
        changed = False
        counts = self.predecessors(graph)
        for block in graph_blocks(graph):
            while block.exitswitch is None and len(block.exits) == 1:
                link = block.exits[0]
                target = link.target
                if target.is_final or target is block or counts.get(target, 0) != 1 or target is graph.startblock:
                    break
                substitution = {}
                index = 0
                for variable in target.inputargs:
                    substitution[variable] = link.args[index]
                    index += 1
                for variable in target.inputargs:
                    value = substitution[variable]
                    if isinstance(value, Variable) or not model.is_last_exception(value):
                        result = variable
                        block.operations.append(Operation("same_as", [value], result, 0))
                for operation in target.operations:
                    block.operations.append(operation)
                block.close(target.exitswitch, target.exits)
                target.operations = []
                target.close(None, [])
                self.joined += 1
                changed = True
        return changed

    # ---- constant folding and copy propagation ----

    def fold_constants(self, graph):
        substitution = {}
        blocks = graph_blocks(graph)
        for block in blocks:
            kept = []
            for operation in block.operations:
                arguments = []
                for argument in operation.args:
                    arguments.append(substitution.get(argument, argument))
                operation.args = arguments
                name = operation.opname
                if name == "same_as" and len(arguments) == 1:
                    value = arguments[0]
                    if isinstance(value, Constant) and not model.is_undefined(value) and \
                            not model.is_last_exception(value):
                        substitution[operation.result] = self.retyped(value, operation.result.concretetype)
                        self.folded += 1
                        continue
                    if isinstance(value, Variable) and value.concretetype is operation.result.concretetype:
                        substitution[operation.result] = value
                        continue
                if name in FOLDABLE:
                    constant = True
                    values = []
                    for argument in arguments:
                        if not isinstance(argument, Constant) or not isinstance(argument.value, (int, float)):
                            constant = False
                            break
                        values.append(argument.value)
                    if constant:
                        result = Constant(fold(name, values))
                        result.concretetype = operation.result.concretetype
                        substitution[operation.result] = result
                        self.folded += 1
                        continue
                kept.append(operation)
            block.operations = kept
        if len(substitution) == 0:
            return False
        for block in blocks:
            for operation in block.operations:
                arguments = []
                for argument in operation.args:
                    arguments.append(self.resolve(argument, substitution))
                operation.args = arguments
            if isinstance(block.exitswitch, Variable):
                block.exitswitch = self.resolve(block.exitswitch, substitution)
            for link in block.exits:
                arguments = []
                for argument in link.args:
                    arguments.append(self.resolve(argument, substitution))
                link.args = arguments
            if isinstance(block.exitswitch, Constant):
                chosen = None
                for link in block.exits:
                    if link.exitcase == bool(block.exitswitch.value):
                        chosen = link
                block.close(None, [chosen])
        return True

    def resolve(self, value, substitution):
        while value in substitution:
            value = substitution[value]
        return value

    def retyped(self, constant, lltype):
        result = Constant(constant.value)
        result.concretetype = lltype
        return result

    # ---- malloc removal ----

    def usage_counts(self, graph):
        counts = {}
        for block in graph_blocks(graph):
            for operation in block.operations:
                for argument in operation.args:
                    if isinstance(argument, Variable):
                        counts[argument] = counts.get(argument, 0) + 1
            if isinstance(block.exitswitch, Variable):
                counts[block.exitswitch] = counts.get(block.exitswitch, 0) + 1
            for link in block.exits:
                for argument in link.args:
                    if isinstance(argument, Variable):
                        counts[argument] = counts.get(argument, 0) + 1
        return counts

    def remove_mallocs(self, graph):
        """Scalar-replaces objects that never escape the graph (see malloc_removal.py)."""
        removed = remove_mallocs_across_links(graph, graph_blocks(graph))
        self.removed_mallocs += removed
        return removed > 0

    # ---- dead code ----

    def remove_dead_operations(self, graph):
        changed = False
        while True:
            counts = self.usage_counts(graph)
            removed = 0
            for block in graph_blocks(graph):
                kept = []
                for operation in block.operations:
                    if operation.opname in PURE_OPERATIONS and counts.get(operation.result, 0) == 0:
                        removed += 1
                        continue
                    kept.append(operation)
                block.operations = kept
            self.removed_operations += removed
            if removed == 0:
                return changed
            changed = True

    def remove_unused_arguments(self, graph):
        """Drops block input arguments whose values are never needed, and the link arguments feeding them.

        A variable is needed when an operation or an exit switch reads it, or when a link passes
        it to a needed input argument: a backward fixpoint, so values only carried around loops go.
        """
        blocks = graph_blocks(graph)
        needed = {}
        for block in blocks:
            for operation in block.operations:
                for argument in operation.args:
                    if isinstance(argument, Variable):
                        needed[argument] = True
            if isinstance(block.exitswitch, Variable):
                needed[block.exitswitch] = True
            for link in block.exits:
                if link.target.is_final:
                    for argument in link.args:
                        if isinstance(argument, Variable):
                            needed[argument] = True
        changed = True
        while changed:
            changed = False
            for block in blocks:
                for link in block.exits:
                    if link.target.is_final:
                        continue
                    index = 0
                    for argument in link.args:
                        if isinstance(argument, Variable) and argument not in needed and \
                                link.target.inputargs[index] in needed:
                            needed[argument] = True
                            changed = True
                        index += 1
        removed = False
        for block in blocks:
            for link in block.exits:
                target = link.target
                if target.is_final or target is graph.startblock:
                    continue
                arguments = []
                index = 0
                for variable in target.inputargs:
                    if variable in needed:
                        arguments.append(link.args[index])
                    index += 1
                link.args = arguments
        for block in blocks:
            if block is graph.startblock:
                continue
            kept = []
            for variable in block.inputargs:
                if variable in needed:
                    kept.append(variable)
                else:
                    self.removed_arguments += 1
                    removed = True
            block.inputargs = kept
        return removed


def optimize_program(rtyper, graphs, threshold):
    optimizer = Optimizer(rtyper, graphs, threshold)
    return optimizer.run()
