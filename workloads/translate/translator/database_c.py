"""Phase 'database_c': collects every type, constant, function, vtable and global the C code needs, with unique names."""

from translator import model
from translator.model import Constant
from translator import lltypes
from translator.lltypes import mangle


class Database:
    """Everything the C source writer needs, named uniquely, in dependency order."""

    def __init__(self, program, rtyper, graphs):
        self.program = program
        self.rtyper = rtyper
        self.graphs = graphs
        self.types = []
        self.type_seen = {}
        self.function_names = {}
        self.used_names = {}
        self.string_constants = {}
        self.string_order = []
        self.helpers_used = {}
        self.classes = []
        self.class_ids = {}
        self.slots_by_class = {}
        self.global_variables = []
        self.global_names = {}
        self.can_raise = {}
        self.graph_of_function = {}
        self.jitcodes = []

    def unique(self, base):
        name = base
        counter = 1
        while name in self.used_names:
            counter += 1
            name = base + "_" + str(counter)
        self.used_names[name] = True
        return name

    # ---- collection ----

    def collect(self):
        for graph in self.graphs:
            function = graph.function
            if function.node is None:
                base = "init_" + mangle(function.module.name)
            else:
                base = "f_" + mangle(function.qualified_name())
            self.function_names[graph] = self.unique(base)
            self.graph_of_function[function] = graph
        for klass in self.program.classes:
            self.add_type(self.rtyper.types.instance_of(klass))
        for graph in self.graphs:
            self.collect_graph(graph)
        self.number_classes()
        self.collect_slots()
        self.compute_can_raise()

    def collect_graph(self, graph):
        for lltype in graph.argument_types:
            self.add_type(lltype)
        self.add_type(graph.return_type)
        for block in graph.iterblocks():
            for variable in block.inputargs:
                self.add_type(variable.concretetype)
            for operation in block.operations:
                self.add_type(operation.result.concretetype)
                for argument in operation.args:
                    self.collect_value(argument)
                if operation.opname == "ll_call":
                    self.add_helper(operation.args[0].value)
                elif operation.opname == "malloc":
                    self.add_type(operation.args[0].value)
                elif operation.opname == "getglobal" or operation.opname == "setglobal":
                    self.add_global(operation.args[0].value)
            for link in block.exits:
                for argument in link.args:
                    self.collect_value(argument)

    def collect_value(self, value):
        if isinstance(value, Constant):
            if isinstance(value.value, str) and value.concretetype is lltypes.STR:
                self.string_constant(value.value)
            elif value.concretetype is not None and value.concretetype is not lltypes.VOID:
                self.add_type(value.concretetype)
        elif value.concretetype is not None:
            self.add_type(value.concretetype)

    def string_constant(self, text):
        if text not in self.string_constants:
            self.string_constants[text] = "rt_s" + str(len(self.string_order))
            self.string_order.append(text)
        return self.string_constants[text]

    def add_global(self, variable):
        if variable in self.global_names:
            return
        self.global_names[variable] = self.unique("g_" + mangle(variable.module.name) + "_" + mangle(variable.name))
        self.global_variables.append(variable)
        self.add_type(variable.concretetype)

    def add_helper(self, helper):
        key = helper.c_name()
        if key not in self.helpers_used:
            self.helpers_used[key] = helper
            if helper.owner is not None:
                self.add_type(helper.owner)
            result_type = getattr(helper, "result_type", None)
            if result_type is not None:
                self.add_type(result_type)

    def add_type(self, lltype):
        """Adds a type after every type its definition needs (items before containers, bases before subclasses)."""
        if lltype is None or lltype.key in self.type_seen:
            return
        self.type_seen[lltype.key] = True
        if isinstance(lltype, lltypes.ListType):
            self.add_type(lltype.item)
        elif isinstance(lltype, lltypes.DictType):
            self.add_type(lltype.key_type)
            self.add_type(lltype.value_type)
        elif isinstance(lltype, lltypes.TupleType):
            for item in lltype.items:
                self.add_type(item)
        elif isinstance(lltype, lltypes.InstanceType):
            if lltype.base is not None:
                self.add_type(lltype.base)
            for field in lltype.fields:
                self.add_type(field[1])
        self.types.append(lltype)

    def number_classes(self):
        """Preorder ids: an instance of C is an instance of K when K.id <= C.id <= K.id_max."""
        counter = 0
        for klass in self.program.classes:
            if klass.base is not None:
                continue
            stack = [klass]
            while len(stack) > 0:
                current = stack.pop()
                self.classes.append(current)
                self.class_ids[current] = [counter, counter]
                counter += 1
                index = len(current.subclasses) - 1
                while index >= 0:
                    stack.append(current.subclasses[index])
                    index -= 1
        index = len(self.classes) - 1
        while index >= 0:
            klass = self.classes[index]
            if klass.base is not None:
                parent = self.class_ids[klass.base]
                if self.class_ids[klass][1] > parent[1]:
                    parent[1] = self.class_ids[klass][1]
            index -= 1

    def collect_slots(self):
        for klass in self.classes:
            self.slots_by_class[klass] = []
        keys = sorted(self.rtyper.slots.keys())
        for key in keys:
            slot = self.rtyper.slots[key]
            self.slots_by_class[slot.owner].append(slot)

    def slot_implementation(self, klass, slot):
        """The graph filling `slot` in the vtable of klass, or None."""
        method = klass.lookup_method(slot.name)
        if method is None or method not in self.graph_of_function:
            return None
        return self.graph_of_function[method]

    def compute_can_raise(self):
        """Which graphs may return with an exception set: a fixpoint over the call graph."""
        for graph in self.graphs:
            self.can_raise[graph] = False
        changed = True
        while changed:
            changed = False
            for graph in self.graphs:
                if self.can_raise[graph]:
                    continue
                if self.graph_may_raise(graph):
                    self.can_raise[graph] = True
                    changed = True

    def graph_may_raise(self, graph):
        for block in graph.iterblocks():
            for operation in block.operations:
                if self.operation_may_raise(operation):
                    return True
        return False

    def operation_may_raise(self, operation):
        name = operation.opname
        if name == "raise" or name == "import_module" or name == "stack_check":
            return True
        if name == "ll_call":
            return operation.args[0].value.can_raise
        if name == "direct_call":
            graph = self.graph_of_function.get(operation.args[0].value)
            return graph is None or self.can_raise.get(graph, True)
        if name == "vtable_call":
            slot = operation.args[0].value
            for klass in slot.owner.all_subclasses():
                graph = self.slot_implementation(klass, slot)
                if graph is not None and self.can_raise.get(graph, True):
                    return True
            return False
        return False

    # ---- names for the source writer ----

    def function_name(self, function):
        return self.function_names[self.graph_of_function[function]]

    def struct_name(self, lltype):
        if isinstance(lltype, lltypes.InstanceType):
            return "struct " + lltype.c_prefix
        return lltype.c_prefix

    def vtable_name(self, klass):
        return "VT_" + mangle(klass.qualified_name())

    def vtable_struct(self, klass):
        return "struct VTS_" + mangle(klass.qualified_name())

    def repr_function(self, lltype):
        if lltype is lltypes.SIGNED:
            return "rt_repr_int"
        if lltype is lltypes.BOOL:
            return "rt_repr_bool"
        if lltype is lltypes.FLOAT:
            return "rt_repr_float"
        if lltype is lltypes.STR:
            return "rt_repr_str"
        if isinstance(lltype, lltypes.InstanceType):
            return "rt_repr_object"
        return lltype.c_prefix + "_repr"

    def eq_function(self, lltype):
        if lltype is lltypes.SIGNED or lltype is lltypes.BOOL:
            return "rt_eq_int"
        if lltype is lltypes.FLOAT:
            return "rt_eq_float"
        if lltype is lltypes.STR:
            return "rt_str_eq"
        if isinstance(lltype, lltypes.ListType):
            return lltype.c_prefix + "_eq"
        return "rt_eq_ptr"

    def compare_function(self, lltype):
        if lltype is lltypes.FLOAT:
            return "rt_cmp_float"
        if lltype is lltypes.STR:
            return "rt_str_compare"
        return "rt_cmp_int"

    def hash_function(self, lltype):
        if lltype is lltypes.STR:
            return "rt_str_hash"
        return "rt_hash_int"

    def is_ordered(self, lltype):
        return lltype is lltypes.SIGNED or lltype is lltypes.BOOL or lltype is lltypes.FLOAT or lltype is lltypes.STR


def build_database(program, rtyper, graphs):
    database = Database(program, rtyper, graphs)
    database.collect()
    return database
