"""Phase 'rtype': replaces every typed high-level operation by low-level operations on C-level types."""

from translator.errors import SubsetError
from translator import model
from translator.model import Variable, Constant, Operation
from translator import annotation as an
from translator import lltypes
from translator.rtyper_rules import LoweringRules


class RuntimeHelper:
    """A C runtime function called by an 'll_call' operation; owner is the type whose macros define it."""

    def __init__(self, name, owner, can_raise):
        self.name = name
        self.owner = owner
        self.can_raise = can_raise

    def c_name(self):
        if self.owner is None:
            return "rt_" + self.name
        return self.owner.c_prefix + "_" + self.name

    def __repr__(self):
        return "<helper " + self.c_name() + ">"


class VtableSlot:
    """A method slot in the vtable of the class `owner`, shared by every override below it."""

    def __init__(self, owner, name, argument_types, result_type):
        self.owner = owner
        self.name = name
        self.argument_types = argument_types
        self.result_type = result_type

    def __repr__(self):
        return "<slot " + self.owner.name + "." + self.name + ">"


class RTyper(LoweringRules):
    """Lowers every annotated graph in place."""

    def __init__(self, program, annotator):
        self.program = program
        self.annotator = annotator
        self.types = lltypes.TypeRegistry()
        self.helpers = {}
        self.slots = {}
        self.graphs = []
        self.current_graph = None
        self.current_operation = None
        self.operations_in = 0
        self.operations_out = 0

    def fail(self, message):
        line = 0
        if self.current_operation is not None:
            line = self.current_operation.line
        raise SubsetError(self.current_graph.filename, line, message)

    def helper(self, name, owner, can_raise):
        key = name
        if owner is not None:
            key = owner.key + "." + name
        if key not in self.helpers:
            self.helpers[key] = RuntimeHelper(name, owner, can_raise)
        return self.helpers[key]

    # ---- graphs ----

    def specialize_program(self):
        for graph in self.program.graphs:
            function = graph.function
            if function.node is not None and function not in self.annotator.called_functions:
                continue
            self.graphs.append(graph)
        for graph in self.graphs:
            self.set_signature(graph)
        for graph in self.graphs:
            self.specialize_graph(graph)
        for klass in self.program.classes:
            self.types.instance_of(klass)
        self.collect_fields()
        return self.graphs

    def set_signature(self, graph):
        function = graph.function
        result = graph.returnblock.inputargs[0].annotation
        family = getattr(function, "family_result", None)
        if family is not None:
            result = family
        graph.return_type = self.types.from_annotation(result)
        graph.returnblock.inputargs[0].concretetype = graph.return_type
        graph.argument_types = []
        for variable in graph.startblock.inputargs:
            graph.argument_types.append(self.types.from_annotation(variable.annotation))

    def specialize_graph(self, graph):
        self.current_graph = graph
        blocks = graph.iterblocks()
        for block in blocks:
            for variable in block.inputargs:
                variable.concretetype = self.types.from_annotation(variable.annotation)
            for operation in block.operations:
                operation.result.concretetype = self.types.from_annotation(operation.result.annotation)
        for block in blocks:
            lowered = []
            for operation in block.operations:
                self.current_operation = operation
                self.operations_in += 1
                self.lower(operation, lowered)
            self.operations_out += len(lowered)
            block.operations = lowered
            for link in block.exits:
                index = 0
                for argument in link.args:
                    if isinstance(argument, Constant) and argument.concretetype is None:
                        argument.concretetype = link.target.inputargs[index].concretetype
                    index += 1
        if graph.returnblock.inputargs[0].concretetype is None:
            graph.returnblock.inputargs[0].concretetype = graph.return_type

    def lower(self, operation, lowered):
        if isinstance(operation.result.annotation, an.SomeImpossible):
            for argument in operation.args:
                if isinstance(argument, Variable) and isinstance(argument.annotation, an.SomeImpossible):
                    return  # unreachable: an argument never gets a value (e.g. a call that always raises)
        rule = getattr(self, "lower_" + operation.opname, None)
        if rule is None:
            self.fail("no low-level form for operation " + operation.opname)
        rule(operation, lowered)

    # ---- helpers for rules ----

    def type_of(self, value):
        if isinstance(value, Constant):
            if value.concretetype is not None:
                return value.concretetype
            if value.annotation is None:
                value.annotation = constant_annotation_of(value.value)
            return self.types.from_annotation(value.annotation)
        return value.concretetype

    def annotation_of(self, value):
        if isinstance(value, Constant):
            if value.annotation is None:
                value.annotation = constant_annotation_of(value.value)
        return value.annotation

    def constant(self, value, lltype):
        result = Constant(value)
        result.concretetype = lltype
        return result

    def emit(self, lowered, opname, args, result_type, hint):
        result = Variable(hint)
        result.concretetype = result_type
        lowered.append(Operation(opname, args, result, self.current_operation.line))
        return result

    def finish(self, lowered, opname, args, operation):
        """Emits the last low-level operation of a high-level one, producing its original result."""
        lowered.append(Operation(opname, args, operation.result, operation.line))

    def convert(self, lowered, value, target):
        """Converts a value to a low-level type: int to float, bool to int, subclass to base, None to null."""
        source = self.type_of(value)
        if isinstance(value, Constant):
            if value.value is None and target.kind == "ref":
                return self.constant(None, target)
            if target is lltypes.FLOAT and (source is lltypes.SIGNED or source is lltypes.BOOL):
                return self.constant(float(value.value), lltypes.FLOAT)
            if target is lltypes.SIGNED and source is lltypes.BOOL:
                return self.constant(int(value.value), lltypes.SIGNED)
            if source is target or source is lltypes.VOID:
                result = Constant(value.value)
                result.annotation = value.annotation
                result.concretetype = target
                return result
        if source is target:
            return value
        if target is lltypes.FLOAT and (source is lltypes.SIGNED or source is lltypes.BOOL):
            return self.emit(lowered, "cast_int_to_float", [value], lltypes.FLOAT, "float")
        if target is lltypes.SIGNED and source is lltypes.BOOL:
            return self.emit(lowered, "cast_bool_to_int", [value], lltypes.SIGNED, "int")
        if isinstance(target, lltypes.InstanceType) and isinstance(source, lltypes.InstanceType):
            return self.emit(lowered, "cast_pointer", [value], target, "cast")
        if target is lltypes.VOID:
            return self.constant(None, lltypes.VOID)
        if source is lltypes.VOID and target.kind == "ref":
            return self.constant(None, target)
        self.fail("cannot convert " + source.key + " to " + target.key)

    def call_graph(self, lowered, function, arguments, operation):
        """A direct call of a function's graph, converting the arguments to its parameter types."""
        graph = function.graph
        converted = [self.constant(function, lltypes.VOID)]
        index = 0
        for argument in arguments:
            converted.append(self.convert(lowered, argument, graph.argument_types[index]))
            index += 1
        result_type = graph.return_type
        if operation.result.concretetype is result_type or operation.result.concretetype is lltypes.VOID:
            self.finish(lowered, "direct_call", converted, operation)
        else:
            value = self.emit(lowered, "direct_call", converted, result_type, "result")
            self.finish_conversion(lowered, value, operation)

    def finish_conversion(self, lowered, value, operation):
        target = operation.result.concretetype
        converted = self.convert(lowered, value, target)
        self.finish(lowered, "same_as", [converted], operation)

    def call_method(self, lowered, receiver, klass, name, arguments, operation):
        """A call of a method on an instance: direct when only one implementation can be reached."""
        implementations = self.annotator.method_implementations(klass, name)
        if len(implementations) == 1:
            method = implementations[0]
            self.call_graph(lowered, method, [receiver] + arguments, operation)
            return
        slot = self.slot_for(klass, name, implementations)
        receiver = self.convert(lowered, receiver, self.types.instance_of(slot.owner))
        converted = [self.constant(slot, lltypes.VOID), receiver]
        index = 0
        for argument in arguments:
            converted.append(self.convert(lowered, argument, slot.argument_types[index]))
            index += 1
        if operation.result.concretetype is slot.result_type or operation.result.concretetype is lltypes.VOID:
            self.finish(lowered, "vtable_call", converted, operation)
        else:
            value = self.emit(lowered, "vtable_call", converted, slot.result_type, "result")
            self.finish_conversion(lowered, value, operation)

    def slot_for(self, klass, name, implementations):
        owner = klass
        search = klass
        while search is not None:
            if name in search.methods:
                owner = search
            search = search.base
        key = owner.qualified_name() + "." + name
        if key in self.slots:
            return self.slots[key]
        graph = implementations[0].graph
        slot = VtableSlot(owner, name, graph.argument_types[1:], graph.return_type)
        self.slots[key] = slot
        return slot

    def collect_fields(self):
        """Gives each instance type its own fields (those stored in its class) with their types."""
        for klass in self.program.classes:
            lltype = self.types.instance_of(klass)
            lltype.fields = []
            names = sorted(klass.attributes.keys())
            for name in names:
                slot = klass.attributes[name]
                lltype.fields.append(("a_" + name, self.types.from_annotation(slot.annotation)))

    def field_owner(self, klass, name):
        """The class whose struct holds attribute `name` for instances of klass."""
        owner = klass
        while owner is not None:
            if name in owner.attributes:
                return owner
            owner = owner.base
        return klass


def constant_annotation_of(value):
    from translator.annotator import constant_annotation
    return constant_annotation(value)


def rtype_program(program, annotator):
    rtyper = RTyper(program, annotator)
    rtyper.specialize_program()
    return rtyper
