"""Writes the C body of one low-level graph: variables, one label per block, operations, links."""

from translator import model
from translator.model import Constant, Variable
from translator import lltypes
from translator.lltypes import mangle

BINARY_OPERATORS = {"add": "+", "sub": "-", "mul": "*", "lt": "<", "le": "<=", "eq": "==", "ne": "!=",
                    "gt": ">", "ge": ">="}
CALL_OPERATIONS = {"int_abs": "rt_int_abs", "float_abs": "fabs", "int_min": "rt_int_min", "int_max": "rt_int_max",
                   "float_min": "rt_float_min", "float_max": "rt_float_max"}


def float_literal(value):
    text = repr(value)
    if text == "inf":
        return "INFINITY"
    if text == "-inf":
        return "(-INFINITY)"
    if text == "nan":
        return "NAN"
    if "." not in text and "e" not in text:
        text = text + ".0"
    return text


class FunctionWriter:
    """Writes functions of one C file and collects the string constants they use."""

    def __init__(self, database):
        self.database = database
        self.strings = {}
        self.string_order = []
        self.lines = []
        self.labels = {}
        self.graph = None

    def constant_lines(self):
        lines = []
        for text in self.string_order:
            from translator.source_c import c_string_literal
            lines.append("RT_CONST_STR(" + self.strings[text] + ", " + str(len(text.encode("utf-8"))) + ", " +
                         c_string_literal(text) + ");")
        return lines

    def string(self, text):
        if text not in self.strings:
            self.strings[text] = "s" + str(len(self.string_order))
            self.string_order.append(text)
        return "((RtStr *)&" + self.strings[text] + ")"

    # ---- values ----

    def value(self, value):
        if isinstance(value, Variable):
            return value.name()
        lltype = value.concretetype
        constant = value.value
        if constant is None:
            return "NULL"
        if constant is True:
            return "1"
        if constant is False:
            return "0"
        if isinstance(constant, str):
            return self.string(constant)
        if isinstance(constant, float) or lltype is lltypes.FLOAT:
            return float_literal(float(constant))
        if isinstance(constant, int):
            if constant < -9223372036854775807:
                return "(-9223372036854775807L - 1)"
            return str(constant) + "L"
        return "0"

    def is_void(self, value):
        if isinstance(value, Constant):
            if model.is_undefined(value):
                return True
            return value.concretetype is lltypes.VOID and not isinstance(value.value, str)
        return value.concretetype is lltypes.VOID or value.concretetype is None

    def cast(self, value, lltype):
        text = self.value(value)
        if lltype.kind == "ref" and isinstance(value, Variable) and value.concretetype is not lltype:
            return "(" + lltype.c_type + ")" + text
        return text

    # ---- functions ----

    def write(self, graph, prototype):
        self.graph = graph
        self.lines = []
        self.labels = {}
        blocks = []
        for block in graph.iterblocks():
            if not block.is_final:
                blocks.append(block)
        index = 0
        for block in blocks:
            self.labels[block] = "b" + str(index)
            index += 1
        declared = {}
        for variable in graph.startblock.inputargs:
            declared[variable] = True
        declarations = []
        for block in blocks:
            variables = []
            if block is not graph.startblock:
                variables = variables + block.inputargs
            for operation in block.operations:
                variables.append(operation.result)
            for variable in variables:
                if variable in declared or self.is_void(variable):
                    continue
                declared[variable] = True
                declarations.append("    " + variable.concretetype.c_type + " " + variable.name() + ";")
        for block in blocks:
            self.write_block(block)
        text = [prototype + " {"] + declarations
        text = text + self.lines
        text.append("  fail:")
        if graph.return_type is lltypes.VOID:
            text.append("    return;")
        else:
            text.append("    return " + self.zero(graph.return_type) + ";")
        text.append("}")
        text.append("")
        return "\n".join(text)

    def zero(self, lltype):
        if lltype.kind == "ref":
            return "NULL"
        if lltype is lltypes.FLOAT:
            return "0.0"
        return "0"

    def emit(self, text):
        self.lines.append("    " + text)

    def write_block(self, block):
        self.lines.append("  " + self.labels[block] + ":;")
        count = len(block.operations)
        index = 0
        for operation in block.operations:
            index += 1
            self.write_operation(operation)
            is_guarded = index == count and block.exitswitch == "last_exception"
            if not is_guarded and self.database.operation_may_raise(operation) and operation.opname != "raise":
                self.emit("if (rt_exc != NULL) goto fail;")
        self.write_exits(block)

    def write_exits(self, block):
        if block.exitswitch is None:
            if len(block.exits) == 1:
                self.write_link(block.exits[0], "    ")
            return
        if block.exitswitch == "last_exception":
            normal = None
            self.emit("if (rt_exc != NULL) {")
            caught_all = False
            for link in block.exits:
                if link.exitcase is None:
                    normal = link
                elif link.exitcase == "any":
                    if not caught_all:
                        self.write_link(link, "        ", True)
                    caught_all = True
                elif not caught_all:
                    vtable = self.database.vtable_name(link.exitcase)
                    self.emit("    if (rt_isinstance(rt_exc, (const RtClassInfo *)&" + vtable + ")) {")
                    self.write_link(link, "        ", True)
                    self.emit("    }")
            if not caught_all:
                self.emit("    goto fail;")
            self.emit("}")
            if normal is not None:
                self.write_link(normal, "    ")
            else:
                self.emit("goto fail;")
            return
        true_link = None
        false_link = None
        for link in block.exits:
            if link.exitcase is True:
                true_link = link
            else:
                false_link = link
        self.emit("if (" + self.value(block.exitswitch) + ") {")
        self.write_link(true_link, "        ")
        self.emit("} else {")
        self.write_link(false_link, "        ")
        self.emit("}")

    def write_link(self, link, indent, catches=False):
        target = link.target
        if target is self.graph.returnblock:
            argument = link.args[0]
            if self.graph.return_type is lltypes.VOID or self.is_void(argument):
                if self.graph.return_type is lltypes.VOID:
                    self.lines.append(indent + "return;")
                else:
                    self.lines.append(indent + "return " + self.zero(self.graph.return_type) + ";")
            else:
                self.lines.append(indent + "return " + self.cast(argument, self.graph.return_type) + ";")
            return
        if target is self.graph.exceptblock:
            self.lines.append(indent + "goto fail;")
            return
        pairs = []
        takes_exception = False
        index = 0
        for argument in link.args:
            variable = target.inputargs[index]
            index += 1
            if self.is_void(variable):
                continue
            if model.is_last_exception(argument):
                takes_exception = True
                pairs.append((variable, None, "(" + variable.concretetype.c_type + ")rt_exc"))
                continue
            if model.is_undefined(argument) or self.is_void(argument):
                continue
            if argument is variable:
                continue
            pairs.append((variable, argument, self.cast(argument, variable.concretetype)))
        targets = {}
        for pair in pairs:
            targets[pair[0]] = True
        overlap = False
        for pair in pairs:
            if pair[1] is not None and pair[1] in targets:
                overlap = True
        if overlap:
            self.lines.append(indent + "{")
            index = 0
            for pair in pairs:
                self.lines.append(indent + pair[0].concretetype.c_type + " t" + str(index) + " = " + pair[2] + ";")
                index += 1
            index = 0
            for pair in pairs:
                self.lines.append(indent + pair[0].name() + " = t" + str(index) + ";")
                index += 1
            self.lines.append(indent + "}")
        else:
            for pair in pairs:
                self.lines.append(indent + pair[0].name() + " = " + pair[2] + ";")
        if takes_exception or catches:
            self.lines.append(indent + "rt_exc = NULL;")
        self.lines.append(indent + "goto " + self.labels[target] + ";")

    # ---- operations ----

    def assign(self, operation, expression):
        if self.is_void(operation.result):
            self.emit(expression + ";")
        else:
            self.emit(operation.result.name() + " = " + expression + ";")

    def arguments(self, values, types):
        texts = []
        index = 0
        for value in values:
            lltype = None
            if types is not None:
                lltype = types[index]
            index += 1
            if lltype is lltypes.VOID or (lltype is None and self.is_void(value)):
                continue
            if lltype is None:
                texts.append(self.value(value))
            else:
                texts.append(self.cast(value, lltype))
        return ", ".join(texts)

    def write_operation(self, operation):
        name = operation.opname
        args = operation.args
        result = operation.result
        if name.startswith("int_") or name.startswith("float_"):
            kind = name[name.index("_") + 1:]
            if kind in BINARY_OPERATORS:
                self.assign(operation, self.value(args[0]) + " " + BINARY_OPERATORS[kind] + " " + self.value(args[1]))
                return
            if kind == "neg":
                self.assign(operation, "-" + self.value(args[0]))
                return
            if kind == "is_true":
                self.assign(operation, self.value(args[0]) + " != 0")
                return
            if name in CALL_OPERATIONS:
                self.assign(operation, CALL_OPERATIONS[name] + "(" + self.arguments(args, None) + ")")
                return
        if name == "bool_not":
            self.assign(operation, "!" + self.value(args[0]))
        elif name == "cast_int_to_float":
            self.assign(operation, "(double)" + self.value(args[0]))
        elif name == "cast_float_to_int":
            self.assign(operation, "(long)" + self.value(args[0]))
        elif name == "cast_bool_to_int" or name == "same_as":
            if self.is_void(result):
                return
            self.assign(operation, self.cast(args[0], result.concretetype))
        elif name == "cast_pointer":
            self.assign(operation, "(" + result.concretetype.c_type + ")" + self.value(args[0]))
        elif name == "ptr_nonnull":
            self.assign(operation, self.value(args[0]) + " != NULL")
        elif name == "ptr_iszero":
            self.assign(operation, self.value(args[0]) + " == NULL")
        elif name == "ptr_eq":
            self.assign(operation, "(void *)" + self.value(args[0]) + " == (void *)" + self.value(args[1]))
        elif name == "ptr_ne":
            self.assign(operation, "(void *)" + self.value(args[0]) + " != (void *)" + self.value(args[1]))
        elif name == "malloc":
            self.write_malloc(operation)
        elif name == "getfield":
            if not self.is_void(result):
                self.assign(operation, self.value(args[0]) + "->" + args[1].value)
        elif name == "setfield":
            if not self.is_void(args[2]):
                self.emit(self.value(args[0]) + "->" + args[1].value + " = " + self.value(args[2]) + ";")
        elif name == "getarrayitem":
            self.assign(operation, self.value(args[0]) + "->items[" + self.value(args[1]) + "]")
        elif name == "setarrayitem":
            self.emit(self.value(args[0]) + "->items[" + self.value(args[1]) + "] = " + self.value(args[2]) + ";")
        elif name == "getglobal":
            if not self.is_void(result):
                self.assign(operation, self.database.global_names[args[0].value])
        elif name == "setglobal":
            if not self.is_void(args[1]):
                self.emit(self.database.global_names[args[0].value] + " = " + self.value(args[1]) + ";")
        elif name == "direct_call":
            graph = self.database.graph_of_function[args[0].value]
            call = self.database.function_names[graph] + "(" + self.arguments(args[1:], graph.argument_types) + ")"
            self.assign(operation, call)
        elif name == "vtable_call":
            self.write_vtable_call(operation)
        elif name == "ll_call":
            helper = args[0].value
            self.assign(operation, helper.c_name() + "(" + self.arguments(args[1:], None) + ")")
        elif name == "raise":
            self.emit("rt_raise((RtExceptionHead *)" + self.value(args[0]) + ");")
        elif name == "import_module":
            self.emit("import_" + mangle(args[0].value.name) + "();")
        elif name == "instanceof":
            vtable = self.database.vtable_name(args[1].value)
            self.assign(operation, "rt_isinstance(" + self.value(args[0]) + ", (const RtClassInfo *)&" + vtable + ")")
        elif name == "stack_check":
            self.emit("if (rt_stack_check()) goto fail;")
        else:
            raise Exception("no C form for low-level operation " + name)

    def write_malloc(self, operation):
        lltype = operation.args[0].value
        result = operation.result.name()
        if isinstance(lltype, lltypes.InstanceType):
            self.emit(result + " = (" + lltype.c_type + ")rt_malloc(sizeof(struct " + lltype.c_prefix + "));")
            self.emit("((RtObject *)" + result + ")->vt = (const RtClassInfo *)&" +
                      self.database.vtable_name(lltype.classdesc) + ";")
        else:
            self.emit(result + " = (" + lltype.c_type + ")rt_malloc(sizeof(" + lltype.c_prefix + "));")

    def write_vtable_call(self, operation):
        slot = operation.args[0].value
        receiver = self.value(operation.args[1])
        function = "((const " + self.database.vtable_struct(slot.owner) + " *)((RtObject *)" + receiver + \
            ")->vt)->m_" + slot.name
        arguments = [receiver]
        rest = self.arguments(operation.args[2:], slot.argument_types)
        if rest != "":
            arguments.append(rest)
        self.assign(operation, function + "(" + ", ".join(arguments) + ")")
