"""The rtyper's lowering rule for each high-level operation."""

from translator import model
from translator.model import Constant
from translator import annotation as an
from translator import lltypes

INT_ARITHMETIC = {"add": "int_add", "sub": "int_sub", "mul": "int_mul"}
FLOAT_ARITHMETIC = {"add": "float_add", "sub": "float_sub", "mul": "float_mul"}
BIG_SLICE_BOUND = 4611686018427387904


def is_number(lltype):
    return lltype is lltypes.SIGNED or lltype is lltypes.BOOL or lltype is lltypes.FLOAT


class LoweringRules:
    """Mixin of the RTyper: one lower_<opname> method per high-level operation."""

    def call_helper(self, lowered, name, owner, can_raise, arguments, result_type, operation):
        """Emits an ll_call of a runtime helper; the last step of `operation` when given."""
        helper = self.helper(name, owner, can_raise)
        args = [self.constant(helper, lltypes.VOID)] + arguments
        if operation is not None:
            if operation.result.concretetype is result_type or operation.result.concretetype is lltypes.VOID:
                self.finish(lowered, "ll_call", args, operation)
                return operation.result
            value = self.emit(lowered, "ll_call", args, result_type, name)
            self.finish_conversion(lowered, value, operation)
            return operation.result
        return self.emit(lowered, "ll_call", args, result_type, name)

    def finish_value(self, lowered, value, operation):
        """Ends a lowering whose result is an existing value."""
        self.finish(lowered, "same_as", [self.convert(lowered, value, operation.result.concretetype)], operation)

    # ---- arithmetic ----

    def lower_arithmetic(self, operation, lowered):
        name = operation.opname
        if name.startswith("inplace_"):
            name = name[8:]
        left = operation.args[0]
        right = operation.args[1]
        left_type = self.type_of(left)
        right_type = self.type_of(right)
        if is_number(left_type) and is_number(right_type):
            if name == "truediv" or left_type is lltypes.FLOAT or right_type is lltypes.FLOAT:
                a = self.convert(lowered, left, lltypes.FLOAT)
                b = self.convert(lowered, right, lltypes.FLOAT)
                if name in FLOAT_ARITHMETIC:
                    self.finish(lowered, FLOAT_ARITHMETIC[name], [a, b], operation)
                else:
                    self.call_helper(lowered, "float_" + name, None, True, [a, b], lltypes.FLOAT, operation)
                return
            a = self.convert(lowered, left, lltypes.SIGNED)
            b = self.convert(lowered, right, lltypes.SIGNED)
            if name in INT_ARITHMETIC:
                self.finish(lowered, INT_ARITHMETIC[name], [a, b], operation)
            else:
                self.call_helper(lowered, "int_" + name, None, True, [a, b], lltypes.SIGNED, operation)
            return
        if left_type is lltypes.STR:
            if name == "add":
                self.call_helper(lowered, "str_concat", None, False, [left, right], lltypes.STR, operation)
            else:
                b = self.convert(lowered, right, lltypes.SIGNED)
                self.call_helper(lowered, "str_repeat", None, False, [left, b], lltypes.STR, operation)
            return
        if isinstance(left_type, lltypes.ListType):
            result_type = operation.result.concretetype
            if operation.opname == "inplace_add":
                self.call_helper(lowered, "extend", left_type, False, [left, right], lltypes.VOID, None)
                self.finish_value(lowered, left, operation)
            elif name == "add":
                self.call_helper(lowered, "concat", result_type, False, [left, right], result_type, operation)
            else:
                b = self.convert(lowered, right, lltypes.SIGNED)
                self.call_helper(lowered, "repeat", result_type, False, [left, b], result_type, operation)
            return
        self.fail("no low-level form for " + name + " on " + left_type.key)

    lower_add = lower_arithmetic
    lower_sub = lower_arithmetic
    lower_mul = lower_arithmetic
    lower_truediv = lower_arithmetic
    lower_floordiv = lower_arithmetic
    lower_mod = lower_arithmetic
    lower_inplace_add = lower_arithmetic

    def lower_neg(self, operation, lowered):
        value = operation.args[0]
        if self.type_of(value) is lltypes.FLOAT:
            self.finish(lowered, "float_neg", [value], operation)
        else:
            self.finish(lowered, "int_neg", [self.convert(lowered, value, lltypes.SIGNED)], operation)

    def lower_pos(self, operation, lowered):
        value = operation.args[0]
        if self.type_of(value) is lltypes.FLOAT:
            self.finish(lowered, "same_as", [value], operation)
        else:
            self.finish(lowered, "same_as", [self.convert(lowered, value, lltypes.SIGNED)], operation)

    # ---- comparisons and truth ----

    def lower_comparison(self, operation, lowered):
        name = operation.opname
        left = operation.args[0]
        right = operation.args[1]
        left_type = self.type_of(left)
        right_type = self.type_of(right)
        if is_number(left_type) and is_number(right_type):
            if left_type is lltypes.FLOAT or right_type is lltypes.FLOAT:
                a = self.convert(lowered, left, lltypes.FLOAT)
                b = self.convert(lowered, right, lltypes.FLOAT)
                self.finish(lowered, "float_" + name, [a, b], operation)
            else:
                a = self.convert(lowered, left, lltypes.SIGNED)
                b = self.convert(lowered, right, lltypes.SIGNED)
                self.finish(lowered, "int_" + name, [a, b], operation)
            return
        if left_type is lltypes.STR and right_type is lltypes.STR:
            order = self.call_helper(lowered, "str_compare", None, False, [left, right], lltypes.SIGNED, None)
            self.finish(lowered, "int_" + name, [order, self.constant(0, lltypes.SIGNED)], operation)
            return
        if name != "eq" and name != "ne":
            self.fail("no ordering between " + left_type.key + " and " + right_type.key)
        if isinstance(left_type, lltypes.ListType) and left_type is right_type:
            equal = self.call_helper(lowered, "eq", left_type, False, [left, right], lltypes.BOOL, None)
            if name == "eq":
                self.finish(lowered, "same_as", [equal], operation)
            else:
                self.finish(lowered, "bool_not", [equal], operation)
            return
        self.lower_identity(operation, lowered, name == "eq")

    lower_lt = lower_comparison
    lower_le = lower_comparison
    lower_gt = lower_comparison
    lower_ge = lower_comparison
    lower_eq = lower_comparison
    lower_ne = lower_comparison

    def lower_identity(self, operation, lowered, positive):
        left = operation.args[0]
        right = operation.args[1]
        left_type = self.type_of(left)
        right_type = self.type_of(right)
        if left_type is lltypes.VOID and right_type is lltypes.VOID:
            self.finish(lowered, "same_as", [self.constant(positive, lltypes.BOOL)], operation)
            return
        if left_type is lltypes.VOID or right_type is lltypes.VOID:
            value = left
            if left_type is lltypes.VOID:
                value = right
            if self.type_of(value).kind != "ref":
                self.finish(lowered, "same_as", [self.constant(not positive, lltypes.BOOL)], operation)
            elif positive:
                self.finish(lowered, "ptr_iszero", [value], operation)
            else:
                self.finish(lowered, "ptr_nonnull", [value], operation)
            return
        if left_type.kind == "ref" and right_type.kind == "ref":
            if isinstance(left_type, lltypes.InstanceType) and isinstance(right_type, lltypes.InstanceType):
                root = self.types.instance_of(hierarchy_root(left_type.classdesc))
                left = self.convert(lowered, left, root)
                right = self.convert(lowered, right, root)
            if positive:
                self.finish(lowered, "ptr_eq", [left, right], operation)
            else:
                self.finish(lowered, "ptr_ne", [left, right], operation)
            return
        self.fail("cannot compare " + left_type.key + " with " + right_type.key + " by identity")

    def lower_is_(self, operation, lowered):
        self.lower_identity(operation, lowered, True)

    def lower_is_not(self, operation, lowered):
        self.lower_identity(operation, lowered, False)

    def truth_value(self, lowered, value, operation):
        lltype = self.type_of(value)
        if lltype is lltypes.BOOL:
            self.finish(lowered, "same_as", [value], operation)
        elif lltype is lltypes.SIGNED:
            self.finish(lowered, "int_is_true", [value], operation)
        elif lltype is lltypes.FLOAT:
            self.finish(lowered, "float_is_true", [value], operation)
        elif lltype is lltypes.VOID:
            self.finish(lowered, "same_as", [self.constant(False, lltypes.BOOL)], operation)
        elif lltype is lltypes.STR:
            self.call_helper(lowered, "str_is_true", None, False, [value], lltypes.BOOL, operation)
        elif isinstance(lltype, lltypes.ListType) or isinstance(lltype, lltypes.DictType):
            self.call_helper(lowered, "is_true", lltype, False, [value], lltypes.BOOL, operation)
        elif isinstance(lltype, lltypes.TupleType):
            self.finish(lowered, "same_as", [self.constant(len(lltype.items) > 0, lltypes.BOOL)], operation)
        else:
            self.finish(lowered, "ptr_nonnull", [value], operation)

    def lower_bool(self, operation, lowered):
        self.truth_value(lowered, operation.args[0], operation)

    def lower_bool_not(self, operation, lowered):
        self.finish(lowered, "bool_not", [operation.args[0]], operation)

    def lower_contains(self, operation, lowered):
        container = operation.args[0]
        item = operation.args[1]
        lltype = self.type_of(container)
        if lltype is lltypes.STR:
            self.call_helper(lowered, "str_contains", None, False, [container, item], lltypes.BOOL, operation)
        elif isinstance(lltype, lltypes.ListType):
            item = self.convert(lowered, item, lltype.item)
            self.call_helper(lowered, "contains", lltype, False, [container, item], lltypes.BOOL, operation)
        else:
            item = self.convert(lowered, item, lltype.key_type)
            self.call_helper(lowered, "contains", lltype, False, [container, item], lltypes.BOOL, operation)

    # ---- attributes, items, globals ----

    def field_access(self, lowered, owner, name):
        """Casts owner to the class holding attribute `name`; returns (pointer, field constant, field type)."""
        klass = self.type_of(owner).classdesc
        holder = self.field_owner(klass, name)
        holder_type = self.types.instance_of(holder)
        pointer = self.convert(lowered, owner, holder_type)
        field_type = self.types.from_annotation(holder.attributes[name].annotation)
        return pointer, self.constant("a_" + name, lltypes.VOID), field_type

    def lower_getattr(self, operation, lowered):
        access = self.field_access(lowered, operation.args[0], operation.args[1].value)
        if access[2] is operation.result.concretetype:
            self.finish(lowered, "getfield", [access[0], access[1]], operation)
        else:
            value = self.emit(lowered, "getfield", [access[0], access[1]], access[2], "field")
            self.finish_conversion(lowered, value, operation)

    def lower_setattr(self, operation, lowered):
        access = self.field_access(lowered, operation.args[0], operation.args[1].value)
        value = self.convert(lowered, operation.args[2], access[2])
        self.finish(lowered, "setfield", [access[0], access[1], value], operation)

    def lower_getitem(self, operation, lowered):
        owner = operation.args[0]
        index = operation.args[1]
        lltype = self.type_of(owner)
        if isinstance(lltype, lltypes.TupleType):
            self.tuple_field(lowered, owner, operation.tuple_position, operation)
        elif lltype is lltypes.STR:
            index = self.convert(lowered, index, lltypes.SIGNED)
            self.call_helper(lowered, "str_getitem", None, True, [owner, index], lltypes.STR, operation)
        elif isinstance(lltype, lltypes.ListType):
            index = self.convert(lowered, index, lltypes.SIGNED)
            self.call_helper(lowered, "getitem", lltype, True, [owner, index], lltype.item, operation)
        else:
            index = self.convert(lowered, index, lltype.key_type)
            self.call_helper(lowered, "getitem", lltype, True, [owner, index], lltype.value_type, operation)

    def tuple_field(self, lowered, owner, position, operation):
        lltype = self.type_of(owner)
        field = self.constant("f" + str(position), lltypes.VOID)
        if lltype.items[position] is operation.result.concretetype:
            self.finish(lowered, "getfield", [owner, field], operation)
        else:
            value = self.emit(lowered, "getfield", [owner, field], lltype.items[position], "field")
            self.finish_conversion(lowered, value, operation)

    def lower_unpack_item(self, operation, lowered):
        self.tuple_field(lowered, operation.args[0], operation.args[1].value, operation)

    def lower_setitem(self, operation, lowered):
        owner = operation.args[0]
        lltype = self.type_of(owner)
        if isinstance(lltype, lltypes.ListType):
            index = self.convert(lowered, operation.args[1], lltypes.SIGNED)
            value = self.convert(lowered, operation.args[2], lltype.item)
            self.call_helper(lowered, "setitem", lltype, True, [owner, index, value], lltypes.VOID, operation)
        else:
            key = self.convert(lowered, operation.args[1], lltype.key_type)
            value = self.convert(lowered, operation.args[2], lltype.value_type)
            self.call_helper(lowered, "setitem", lltype, False, [owner, key, value], lltypes.VOID, operation)

    def lower_getslice(self, operation, lowered):
        owner = operation.args[0]
        lower = operation.args[1]
        upper = operation.args[2]
        if self.type_of(lower) is lltypes.VOID:
            lower = self.constant(0, lltypes.SIGNED)
        if self.type_of(upper) is lltypes.VOID:
            upper = self.constant(BIG_SLICE_BOUND, lltypes.SIGNED)
        lower = self.convert(lowered, lower, lltypes.SIGNED)
        upper = self.convert(lowered, upper, lltypes.SIGNED)
        lltype = self.type_of(owner)
        if lltype is lltypes.STR:
            self.call_helper(lowered, "str_slice", None, False, [owner, lower, upper], lltypes.STR, operation)
        else:
            result_type = operation.result.concretetype
            self.call_helper(lowered, "slice", result_type, False, [owner, lower, upper], result_type, operation)

    def lower_getglobal(self, operation, lowered):
        variable = operation.args[0].value
        variable.concretetype = self.types.from_annotation(variable.annotation)
        self.finish(lowered, "getglobal", [self.constant(variable, lltypes.VOID)], operation)

    def lower_setglobal(self, operation, lowered):
        variable = operation.args[0].value
        variable.concretetype = self.types.from_annotation(variable.annotation)
        value = self.convert(lowered, operation.args[1], variable.concretetype)
        self.finish(lowered, "setglobal", [self.constant(variable, lltypes.VOID), value], operation)

    def lower_import_module(self, operation, lowered):
        self.finish(lowered, "import_module", [self.constant(operation.args[0].value, lltypes.VOID)], operation)

    # ---- containers ----

    def lower_newlist(self, operation, lowered):
        lltype = operation.result.concretetype
        count = len(operation.args)
        if count == 0:
            self.call_helper(lowered, "new", lltype, False, [self.constant(0, lltypes.SIGNED)], lltype, operation)
            return
        result = self.call_helper(lowered, "new", lltype, False, [self.constant(count, lltypes.SIGNED)], lltype, None)
        index = 0
        for item in operation.args:
            value = self.convert(lowered, item, lltype.item)
            self.emit(lowered, "setarrayitem", [result, self.constant(index, lltypes.SIGNED), value],
                      lltypes.VOID, "none")
            index += 1
        self.finish(lowered, "same_as", [result], operation)

    def lower_newdict(self, operation, lowered):
        lltype = operation.result.concretetype
        if len(operation.args) == 0:
            self.call_helper(lowered, "new", lltype, False, [], lltype, operation)
            return
        result = self.call_helper(lowered, "new", lltype, False, [], lltype, None)
        index = 0
        while index < len(operation.args):
            key = self.convert(lowered, operation.args[index], lltype.key_type)
            value = self.convert(lowered, operation.args[index + 1], lltype.value_type)
            self.call_helper(lowered, "setitem", lltype, False, [result, key, value], lltypes.VOID, None)
            index += 2
        self.finish(lowered, "same_as", [result], operation)

    def lower_newtuple(self, operation, lowered):
        lltype = operation.result.concretetype
        result = self.emit(lowered, "malloc", [self.constant(lltype, lltypes.VOID)], lltype, "tuple")
        index = 0
        for item in operation.args:
            value = self.convert(lowered, item, lltype.items[index])
            self.emit(lowered, "setfield", [result, self.constant("f" + str(index), lltypes.VOID), value],
                      lltypes.VOID, "none")
            index += 1
        self.finish(lowered, "same_as", [result], operation)

    def lower_iter_prepare(self, operation, lowered):
        value = operation.args[0]
        lltype = self.type_of(value)
        if isinstance(lltype, lltypes.DictType):
            result_type = operation.result.concretetype
            self.call_helper(lowered, "keys", lltype, False, [value], result_type, operation)
            self.helper("keys", lltype, False).result_type = result_type
        else:
            self.finish(lowered, "same_as", [value], operation)

    def lower_iter_item(self, operation, lowered):
        owner = operation.args[0]
        index = operation.args[1]
        lltype = self.type_of(owner)
        if lltype is lltypes.STR:
            self.call_helper(lowered, "str_char", None, False, [owner, index], lltypes.STR, operation)
        else:
            self.finish(lowered, "getarrayitem", [owner, index], operation)

    def lower_len(self, operation, lowered):
        self.length_of(lowered, operation.args[0], operation)

    def length_of(self, lowered, value, operation):
        lltype = self.type_of(value)
        if isinstance(lltype, lltypes.TupleType):
            self.finish(lowered, "same_as", [self.constant(len(lltype.items), lltypes.SIGNED)], operation)
        elif isinstance(lltype, lltypes.DictType):
            self.finish(lowered, "getfield", [value, self.constant("count", lltypes.VOID)], operation)
        else:
            self.finish(lowered, "getfield", [value, self.constant("length", lltypes.VOID)], operation)

    def lower_raise(self, operation, lowered):
        root = self.types.instance_of(self.program.builtin_classes["Exception"])
        value = self.convert(lowered, operation.args[0], root)
        self.finish(lowered, "raise", [value], operation)

    # ---- calls ----

    def lower_simple_call(self, operation, lowered):
        desc = operation.args[0].value
        arguments = operation.args[1:]
        if isinstance(desc, model.FunctionDesc):
            self.call_graph(lowered, desc, arguments, operation)
        elif isinstance(desc, model.ClassDesc):
            self.instantiate(lowered, desc, arguments, operation)
        else:
            self.call_builtin(lowered, desc.name, arguments, operation)

    def instantiate(self, lowered, klass, arguments, operation):
        lltype = self.types.instance_of(klass)
        instance = self.emit(lowered, "malloc", [self.constant(lltype, lltypes.VOID)], lltype, "instance")
        initializer = klass.lookup_method("__init__")
        if initializer is not None:
            graph = initializer.graph
            converted = [self.constant(initializer, lltypes.VOID)]
            index = 0
            for argument in [instance] + arguments:
                converted.append(self.convert(lowered, argument, graph.argument_types[index]))
                index += 1
            self.emit(lowered, "direct_call", converted, graph.return_type, "none")
        elif klass.is_exception:
            self.set_message(lowered, instance, arguments)
        self.finish_value(lowered, instance, operation)

    def set_message(self, lowered, instance, arguments):
        root = self.types.instance_of(self.program.builtin_classes["Exception"])
        pointer = self.convert(lowered, instance, root)
        message = self.constant(None, lltypes.STR)
        if len(arguments) == 1:
            message = arguments[0]
        self.emit(lowered, "setfield", [pointer, self.constant("message", lltypes.VOID), message],
                  lltypes.VOID, "none")

    def to_str(self, lowered, value, as_repr):
        """Low-level operations computing str(value) (or repr(value)); returns the string."""
        lltype = self.type_of(value)
        if lltype is lltypes.STR:
            if as_repr:
                return self.call_helper(lowered, "str_repr", None, False, [value], lltypes.STR, None)
            return self.call_helper(lowered, "str_or_none", None, False, [value], lltypes.STR, None)
        if lltype is lltypes.SIGNED:
            return self.call_helper(lowered, "str_from_int", None, False, [value], lltypes.STR, None)
        if lltype is lltypes.BOOL:
            return self.call_helper(lowered, "str_from_bool", None, False, [value], lltypes.STR, None)
        if lltype is lltypes.FLOAT:
            return self.call_helper(lowered, "str_from_float", None, False, [value], lltypes.STR, None)
        if lltype is lltypes.VOID:
            return self.constant("None", lltypes.STR)
        if isinstance(lltype, lltypes.InstanceType):
            klass = lltype.classdesc
            if klass.lookup_method("__str__") is not None:
                result = model.Variable("str")
                result.concretetype = lltypes.STR
                fake = model.Operation("call_method", [], result, self.current_operation.line)
                self.call_method(lowered, value, klass, "__str__", [], fake)
                return result
            root = self.types.instance_of(self.program.builtin_classes["Exception"])
            pointer = self.convert(lowered, value, root)
            return self.call_helper(lowered, "exception_str", None, False, [pointer], lltypes.STR, None)
        return self.call_helper(lowered, "repr", lltype, False, [value], lltypes.STR, None)

    def call_builtin(self, lowered, name, arguments, operation):
        result_type = operation.result.concretetype
        if name == "print":
            index = 0
            for argument in arguments:
                text = self.to_str(lowered, argument, False)
                self.call_helper(lowered, "print_item", None, False, [text, self.constant(index, lltypes.SIGNED)],
                                 lltypes.VOID, None)
                index += 1
            self.call_helper(lowered, "print_end", None, False, [], lltypes.VOID, operation)
        elif name == "str" or name == "repr":
            self.finish_value(lowered, self.to_str(lowered, arguments[0], name == "repr"), operation)
        elif name == "len":
            self.length_of(lowered, arguments[0], operation)
        elif name == "int":
            source = self.type_of(arguments[0])
            if source is lltypes.STR:
                self.call_helper(lowered, "str_to_int", None, True, arguments, lltypes.SIGNED, operation)
            elif source is lltypes.FLOAT:
                self.finish(lowered, "cast_float_to_int", arguments, operation)
            else:
                self.finish_value(lowered, self.convert(lowered, arguments[0], lltypes.SIGNED), operation)
        elif name == "float":
            if self.type_of(arguments[0]) is lltypes.STR:
                self.call_helper(lowered, "str_to_float", None, True, arguments, lltypes.FLOAT, operation)
            else:
                self.finish_value(lowered, self.convert(lowered, arguments[0], lltypes.FLOAT), operation)
        elif name == "bool":
            self.truth_value(lowered, arguments[0], operation)
        elif name == "abs":
            if result_type is lltypes.FLOAT:
                self.finish(lowered, "float_abs", arguments, operation)
            else:
                self.finish(lowered, "int_abs", [self.convert(lowered, arguments[0], lltypes.SIGNED)], operation)
        elif name == "min" or name == "max":
            self.lower_min_max(lowered, name, arguments, operation)
        elif name == "ord":
            self.call_helper(lowered, "str_ord", None, True, arguments, lltypes.SIGNED, operation)
        elif name == "chr":
            value = self.convert(lowered, arguments[0], lltypes.SIGNED)
            self.call_helper(lowered, "chr", None, True, [value], lltypes.STR, operation)
        elif name == "isinstance":
            klass = arguments[1].value
            self.types.instance_of(klass)
            root = self.types.instance_of(hierarchy_root(self.type_of(arguments[0]).classdesc))
            pointer = self.convert(lowered, arguments[0], root)
            self.finish(lowered, "instanceof", [pointer, self.constant(klass, lltypes.VOID)], operation)
        elif name == "exception_init":
            self.set_message(lowered, arguments[0], arguments[1:])
            self.finish(lowered, "same_as", [self.constant(None, lltypes.VOID)], operation)
        else:
            self.fail("builtin " + name + "() has no low-level form")

    def lower_min_max(self, lowered, name, arguments, operation):
        result_type = operation.result.concretetype
        if len(arguments) == 1:
            lltype = self.type_of(arguments[0])
            self.call_helper(lowered, name, lltype, True, arguments, lltype.item, operation)
            return
        if result_type is lltypes.STR:
            self.fail(name + "() of several strings is not supported")
        prefix = "int_"
        if result_type is lltypes.FLOAT:
            prefix = "float_"
        current = self.convert(lowered, arguments[0], result_type)
        for argument in arguments[1:]:
            value = self.convert(lowered, argument, result_type)
            current = self.emit(lowered, prefix + name, [current, value], result_type, name)
        self.finish(lowered, "same_as", [current], operation)

    def lower_call_method(self, operation, lowered):
        receiver = operation.args[0]
        name = operation.args[1].value
        arguments = operation.args[2:]
        lltype = self.type_of(receiver)
        if isinstance(lltype, lltypes.InstanceType):
            self.call_method(lowered, receiver, lltype.classdesc, name, arguments, operation)
        elif isinstance(lltype, lltypes.ListType):
            self.list_method(lowered, receiver, lltype, name, arguments, operation)
        elif isinstance(lltype, lltypes.DictType):
            self.dict_method(lowered, receiver, lltype, name, arguments, operation)
        else:
            self.str_method(lowered, receiver, name, arguments, operation)

    def list_method(self, lowered, receiver, lltype, name, arguments, operation):
        item = lltype.item
        if name == "append":
            value = self.convert(lowered, arguments[0], item)
            self.call_helper(lowered, "append", lltype, False, [receiver, value], lltypes.VOID, operation)
        elif name == "pop":
            if len(arguments) == 0:
                self.call_helper(lowered, "pop", lltype, True, [receiver], item, operation)
            else:
                index = self.convert(lowered, arguments[0], lltypes.SIGNED)
                self.call_helper(lowered, "pop_at", lltype, True, [receiver, index], item, operation)
        elif name == "insert":
            index = self.convert(lowered, arguments[0], lltypes.SIGNED)
            value = self.convert(lowered, arguments[1], item)
            self.call_helper(lowered, "insert", lltype, False, [receiver, index, value], lltypes.VOID, operation)
        elif name == "extend":
            other = self.convert(lowered, arguments[0], lltype)
            self.call_helper(lowered, "extend", lltype, False, [receiver, other], lltypes.VOID, operation)
        elif name == "index" or name == "count" or name == "remove":
            value = self.convert(lowered, arguments[0], item)
            result_type = lltypes.SIGNED
            if name == "remove":
                result_type = lltypes.VOID
            self.call_helper(lowered, name, lltype, name != "count", [receiver, value], result_type, operation)
        elif name == "copy":
            self.call_helper(lowered, "slice", lltype, False,
                             [receiver, self.constant(0, lltypes.SIGNED), self.constant(BIG_SLICE_BOUND, lltypes.SIGNED)],
                             lltype, operation)
        else:
            self.call_helper(lowered, name, lltype, False, [receiver], lltypes.VOID, operation)

    def dict_method(self, lowered, receiver, lltype, name, arguments, operation):
        result_type = operation.result.concretetype
        if name == "get":
            key = self.convert(lowered, arguments[0], lltype.key_type)
            if len(arguments) == 2:
                default = self.convert(lowered, arguments[1], lltype.value_type)
            else:
                default = self.constant(None, lltype.value_type)
            self.call_helper(lowered, "get", lltype, False, [receiver, key, default], lltype.value_type, operation)
        elif name == "pop":
            key = self.convert(lowered, arguments[0], lltype.key_type)
            self.call_helper(lowered, "pop", lltype, True, [receiver, key], lltype.value_type, operation)
        elif name == "keys" or name == "values" or name == "items":
            self.call_helper(lowered, name, lltype, False, [receiver], result_type, operation)
            self.helper(name, lltype, False).result_type = result_type
        elif name == "copy":
            self.call_helper(lowered, "copy", lltype, False, [receiver], lltype, operation)
        else:
            self.call_helper(lowered, name, lltype, False, [receiver], lltypes.VOID, operation)

    def str_method(self, lowered, receiver, name, arguments, operation):
        result_type = operation.result.concretetype
        if name == "join":
            list_type = self.type_of(arguments[0])
            self.call_helper(lowered, "join", list_type, False, [receiver, arguments[0]], lltypes.STR, operation)
        elif name == "split":
            separator = self.constant(None, lltypes.STR)
            if len(arguments) == 1:
                separator = arguments[0]
            self.call_helper(lowered, "split", result_type, True, [receiver, separator], result_type, operation)
        else:
            can_raise = name == "split"
            self.call_helper(lowered, "str_" + name, None, can_raise, [receiver] + arguments, result_type, operation)


def hierarchy_root(klass):
    while klass.base is not None:
        klass = klass.base
    return klass
