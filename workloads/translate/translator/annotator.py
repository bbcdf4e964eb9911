"""Phase 'annotate': infers a static type for every variable of every graph, to a fixpoint."""

from translator.errors import SubsetError
from translator import model
from translator.model import Constant
from translator import annotation as an
from translator.annotation import UnionError
from translator.annotator_rules import OperationRules


class Annotator(OperationRules):
    """Flows annotations through blocks with a worklist until nothing changes."""

    def __init__(self, program):
        self.program = program
        self.pending = []
        self.pending_set = {}
        self.annotated = {}
        self.block_graph = {}
        self.current_graph = None
        self.current_block = None
        self.current_operation = None
        self.unifier = an.Unifier(self.reflow)
        self.exception_root = program.builtin_classes["Exception"]
        self.blocks_processed = 0
        self.called_functions = {}
        self.blocked = {}

    # ---- errors and unions ----

    def fail(self, message):
        line = 0
        if self.current_operation is not None:
            line = self.current_operation.line
        filename = "?"
        if self.current_graph is not None:
            filename = self.current_graph.filename
        raise SubsetError(filename, line, message)

    def union(self, first, second):
        try:
            return self.unifier.union(first, second)
        except UnionError as error:
            self.fail("cannot give one static type to a value: " + str(error))

    # ---- the worklist ----

    def schedule(self, graph, block):
        if block in self.pending_set:
            return
        self.pending_set[block] = True
        self.block_graph[block] = graph
        self.pending.append(block)

    def reflow(self, readers):
        for block in readers:
            self.schedule(readers[block], block)

    def read(self, dependency):
        """Records that the current block depends on a list/dict definition, attribute, global or return."""
        dependency.readers[self.current_block] = self.current_graph

    def complete(self):
        """Annotates the whole program, starting from each module's top-level code."""
        for module in self.program.module_order:
            graph = module.init_function.graph
            self.called_functions[module.init_function] = True
            self.schedule(graph, graph.startblock)
        while len(self.pending) > 0:
            block = self.pending.pop()
            del self.pending_set[block]
            try:
                self.process_block(self.block_graph[block], block)
                if block in self.blocked:
                    del self.blocked[block]
            except SubsetError as error:
                # The block may only be blocked until some annotation generalizes; decide at the end.
                self.blocked[block] = error
        if len(self.blocked) > 0:
            errors = []
            for block in self.blocked:
                errors.append(self.blocked[block])
            raise errors[0]
        self.current_operation = None
        for graph in self.program.graphs:
            self.current_graph = graph
            self.check_graph(graph)

    def check_graph(self, graph):
        for block in graph.iterblocks():
            for variable in block.inputargs:
                if variable.annotation is None:
                    variable.annotation = an.IMPOSSIBLE
            for operation in block.operations:
                if operation.result.annotation is None:
                    operation.result.annotation = an.IMPOSSIBLE
        for variable in graph.returnblock.inputargs:
            if variable.annotation is None:
                variable.annotation = an.IMPOSSIBLE

    def merge_into(self, graph, block, annotations):
        """Generalizes a block's input annotations; schedules it (or its callers) when they grew."""
        changed = False
        index = 0
        for variable in block.inputargs:
            new = self.union(variable.annotation, annotations[index])
            if variable.annotation is None or not an.same(new, variable.annotation):
                variable.annotation = new
                changed = True
            index += 1
        if block is graph.returnblock:
            if changed:
                self.reflow(graph.function.return_readers)
            return
        if block is graph.exceptblock:
            return
        if changed or block not in self.annotated:
            self.schedule(graph, block)

    def process_block(self, graph, block):
        self.annotated[block] = True
        self.blocks_processed += 1
        self.current_graph = graph
        self.current_block = block
        for operation in block.operations:
            self.current_operation = operation
            arguments = []
            for argument in operation.args:
                arguments.append(self.annotation_of(argument))
            result = self.apply_rule(operation, arguments)
            old = operation.result.annotation
            if old is None:
                operation.result.annotation = result
            else:
                operation.result.annotation = self.union(old, result)
        for link in block.exits:
            if link.line > 0:
                self.current_operation = model.Operation("link", [], None, link.line)
            annotations = []
            for argument in link.args:
                if model.is_last_exception(argument):
                    klass = link.exitcase
                    if not isinstance(klass, model.ClassDesc):
                        klass = self.exception_root
                    annotations.append(an.SomeInstance(klass, False))
                else:
                    annotations.append(self.annotation_of(argument))
            self.merge_into(graph, link.target, annotations)
        self.current_graph = graph
        self.current_block = block

    def annotation_of(self, value):
        if isinstance(value, Constant):
            if value.annotation is None:
                value.annotation = constant_annotation(value.value)
            return value.annotation
        if value.annotation is None:
            return an.IMPOSSIBLE
        return value.annotation

    # ---- calls into graphs ----

    def call_function(self, function, arguments):
        """Flows argument annotations into a function's graph; returns its return annotation."""
        graph = function.graph
        parameters = graph.startblock.inputargs
        if len(parameters) != len(arguments):
            self.fail(function.qualified_name() + "() takes " + str(len(parameters)) + " arguments, " +
                      str(len(arguments)) + " given")
        self.called_functions[function] = True
        caller_graph = self.current_graph
        caller_block = self.current_block
        self.merge_into(graph, graph.startblock, arguments)
        self.current_graph = caller_graph
        self.current_block = caller_block
        function.return_readers[caller_block] = caller_graph
        result = graph.returnblock.inputargs[0].annotation
        if result is None:
            return an.IMPOSSIBLE
        return result

    def attribute_slot(self, klass, name):
        """The Attribute an instance of klass stores `name` in, moved up to klass when subclasses had it."""
        owner = klass
        while owner is not None:
            if name in owner.attributes:
                return owner.attributes[name]
            owner = owner.base
        slot = an.Attribute(name, klass)
        for sub in klass.all_subclasses():
            if sub is not klass and name in sub.attributes:
                moved = sub.attributes[name]
                del sub.attributes[name]
                slot.annotation = self.union(slot.annotation, moved.annotation)
                for reader in moved.readers:
                    slot.readers[reader] = moved.readers[reader]
        klass.attributes[name] = slot
        self.reflow(slot.readers)
        return slot

    def method_implementations(self, klass, name):
        """Every method a call of `name` on an instance of klass (or a subclass) may reach."""
        implementations = []
        inherited = klass.lookup_method(name)
        if inherited is not None:
            implementations.append(inherited)
        for sub in klass.all_subclasses():
            if sub is not klass and name in sub.methods:
                implementations.append(sub.methods[name])
        return implementations

    def call_method_on_instance(self, klass, name, arguments):
        implementations = self.method_implementations(klass, name)
        if len(implementations) == 0:
            self.fail("class " + klass.name + " has no method '" + name + "'")
        joint = list(arguments)
        for method in implementations:
            parameters = method.graph.startblock.inputargs
            if len(parameters) != len(arguments) + 1:
                self.fail(method.qualified_name() + "() takes " + str(len(parameters)) + " arguments, " +
                          str(len(arguments) + 1) + " given")
            index = 0
            while index < len(joint):
                joint[index] = self.union(joint[index], parameters[index + 1].annotation)
                index += 1
        result = an.IMPOSSIBLE
        for method in implementations:
            receiver = an.SomeInstance(method.owner_class, False)
            result = self.union(result, self.call_function(method, [receiver] + joint))
        for method in implementations:
            method.family_result = self.union(getattr(method, "family_result", None), result)
        return result


def constant_annotation(value):
    if value is None:
        return an.NONE
    if value is True or value is False:
        return an.BOOL
    if isinstance(value, int):
        return an.INT
    if isinstance(value, float):
        return an.FLOAT
    if isinstance(value, str):
        return an.STR
    if value is model.UNDEFINED:
        return an.IMPOSSIBLE
    return an.SomeDesc(value)


def annotate_program(program):
    annotator = Annotator(program)
    annotator.complete()
    return annotator
