"""The annotator's rule for each high-level operation: argument annotations in, result annotation out."""

from translator import model
from translator import annotation as an

LIST_METHODS = ["append", "pop", "insert", "extend", "reverse", "sort", "index", "copy", "remove", "clear", "count"]
DICT_METHODS = ["get", "keys", "values", "items", "pop", "copy", "clear"]
STR_METHODS = ["join", "split", "strip", "lstrip", "rstrip", "upper", "lower", "startswith", "endswith",
               "find", "replace", "isdigit", "isalpha", "isspace", "count"]


class OperationRules:
    """Mixin of the Annotator holding one rule per operation name."""

    def apply_rule(self, operation, arguments):
        for argument in arguments:
            if isinstance(argument, an.SomeImpossible) and operation.opname != "newlist" and \
                    operation.opname != "newdict" and operation.opname != "newtuple":
                return an.IMPOSSIBLE
        rule = getattr(self, "rule_" + operation.opname, None)
        if rule is None:
            self.fail("operation " + operation.opname + " is not supported")
        return rule(operation, arguments)

    def cached_list(self, operation, item):
        """The list definition created by this operation (one per operation), generalized by item."""
        if getattr(operation, "listdef", None) is None:
            operation.listdef = an.ListDef(an.IMPOSSIBLE)
        self.generalize_list(operation.listdef, item)
        return an.SomeList(operation.listdef.root(), False)

    def generalize_list(self, listdef, item):
        root = listdef.root()
        new = self.union(root.item, item)
        if not an.same(new, root.item):
            root.item = new
            self.reflow(root.readers)

    def generalize_dict(self, dictdef, key, value):
        root = dictdef.root()
        new_key = self.union(root.key, key)
        new_value = self.union(root.value, value)
        if not an.same(new_key, root.key) or not an.same(new_value, root.value):
            root.key = new_key
            root.value = new_value
            self.reflow(root.readers)
        if not isinstance(root.key, an.SomeImpossible) and not an.is_integral(root.key) and \
                not isinstance(root.key, an.SomeStr):
            self.fail("dict keys must be int or str in the subset, not " + root.key.describe())

    def list_item(self, listdef):
        root = listdef.root()
        self.read(root)
        return root.item

    def dict_parts(self, dictdef):
        root = dictdef.root()
        self.read(root)
        return root

    # ---- arithmetic ----

    def arithmetic(self, operation, arguments):
        left = arguments[0]
        right = arguments[1]
        name = operation.opname
        if name.startswith("inplace_"):
            name = name[8:]
        if an.is_numeric(left) and an.is_numeric(right):
            if name == "truediv":
                return an.FLOAT
            if isinstance(left, an.SomeFloat) or isinstance(right, an.SomeFloat):
                return an.FLOAT
            return an.INT
        if name == "add" and isinstance(left, an.SomeStr) and isinstance(right, an.SomeStr):
            return an.STR
        if name == "mul" and isinstance(left, an.SomeStr) and an.is_integral(right):
            return an.STR
        if name == "add" and isinstance(left, an.SomeList) and isinstance(right, an.SomeList):
            if operation.opname == "inplace_add":
                self.generalize_list(left.listdef, self.list_item(right.listdef))
                return an.SomeList(left.listdef.root(), False)
            merged = self.unifier.merge_lists(left.listdef, right.listdef)
            self.read(merged)
            return an.SomeList(merged, False)
        if name == "mul" and isinstance(left, an.SomeList) and an.is_integral(right):
            self.read(left.listdef.root())
            return an.SomeList(left.listdef.root(), False)
        self.fail("unsupported operand types for " + name + ": " + left.describe() + " and " + right.describe())

    rule_add = arithmetic
    rule_sub = arithmetic
    rule_mul = arithmetic
    rule_truediv = arithmetic
    rule_floordiv = arithmetic
    rule_mod = arithmetic
    rule_inplace_add = arithmetic

    def rule_neg(self, operation, arguments):
        if an.is_integral(arguments[0]):
            return an.INT
        if isinstance(arguments[0], an.SomeFloat):
            return an.FLOAT
        self.fail("bad operand type for unary -: " + arguments[0].describe())

    rule_pos = rule_neg

    def comparison(self, operation, arguments):
        left = arguments[0]
        right = arguments[1]
        if an.is_numeric(left) and an.is_numeric(right):
            return an.BOOL
        if isinstance(left, an.SomeStr) and isinstance(right, an.SomeStr):
            return an.BOOL
        if operation.opname == "eq" or operation.opname == "ne":
            return an.BOOL
        self.fail("unsupported comparison " + operation.opname + " between " + left.describe() + " and " +
                  right.describe())

    rule_lt = comparison
    rule_le = comparison
    rule_gt = comparison
    rule_ge = comparison
    rule_eq = comparison
    rule_ne = comparison

    def rule_is_(self, operation, arguments):
        return an.BOOL

    rule_is_not = rule_is_

    def rule_bool(self, operation, arguments):
        if isinstance(arguments[0], an.SomeDesc):
            self.fail("truth value of a function or class")
        return an.BOOL

    def rule_bool_not(self, operation, arguments):
        return an.BOOL

    def rule_contains(self, operation, arguments):
        container = arguments[0]
        if isinstance(container, an.SomeList):
            self.list_item(container.listdef)
            return an.BOOL
        if isinstance(container, an.SomeDict):
            self.dict_parts(container.dictdef)
            return an.BOOL
        if isinstance(container, an.SomeStr) and isinstance(arguments[1], an.SomeStr):
            return an.BOOL
        self.fail("'in' on " + container.describe())

    # ---- attributes, items, globals ----

    def rule_getattr(self, operation, arguments):
        owner = arguments[0]
        name = operation.args[1].value
        if isinstance(owner, an.SomeInstance):
            if owner.classdesc.lookup_method(name) is not None:
                self.fail("bound methods as values are not in the subset ('" + name + "')")
            slot = self.attribute_slot(owner.classdesc, name)
            self.read(slot)
            return slot.annotation
        self.fail("attribute '" + name + "' of " + owner.describe())

    def rule_setattr(self, operation, arguments):
        owner = arguments[0]
        name = operation.args[1].value
        if not isinstance(owner, an.SomeInstance):
            self.fail("setting attribute '" + name + "' of " + owner.describe())
        slot = self.attribute_slot(owner.classdesc, name)
        new = self.union(slot.annotation, arguments[2])
        if not an.same(new, slot.annotation):
            slot.annotation = new
            self.reflow(slot.readers)
        return an.NONE

    def rule_getitem(self, operation, arguments):
        owner = arguments[0]
        index = arguments[1]
        if isinstance(owner, an.SomeList):
            if not an.is_integral(index):
                self.fail("list indices must be int, not " + index.describe())
            return self.list_item(owner.listdef)
        if isinstance(owner, an.SomeDict):
            self.generalize_dict(owner.dictdef, index, an.IMPOSSIBLE)
            return self.dict_parts(owner.dictdef).value
        if isinstance(owner, an.SomeStr):
            return an.STR
        if isinstance(owner, an.SomeTuple):
            constant = operation.args[1]
            if not isinstance(constant, model.Constant) or not isinstance(constant.value, int):
                self.fail("tuple index must be a constant in the subset")
            position = constant.value
            if position < 0:
                position += len(owner.items)
            if position < 0 or position >= len(owner.items):
                self.fail("tuple index out of range")
            operation.tuple_position = position
            return owner.items[position]
        self.fail("indexing " + owner.describe())

    def rule_setitem(self, operation, arguments):
        owner = arguments[0]
        if isinstance(owner, an.SomeList):
            if not an.is_integral(arguments[1]):
                self.fail("list indices must be int, not " + arguments[1].describe())
            self.generalize_list(owner.listdef, arguments[2])
            return an.NONE
        if isinstance(owner, an.SomeDict):
            self.generalize_dict(owner.dictdef, arguments[1], arguments[2])
            return an.NONE
        self.fail("item assignment on " + owner.describe())

    def rule_getslice(self, operation, arguments):
        for bound in arguments[1:]:
            if not an.is_integral(bound) and not isinstance(bound, an.SomeNone):
                self.fail("slice bounds must be int")
        owner = arguments[0]
        if isinstance(owner, an.SomeStr):
            return an.STR
        if isinstance(owner, an.SomeList):
            self.read(owner.listdef.root())
            return an.SomeList(owner.listdef.root(), False)
        self.fail("slicing " + owner.describe())

    def rule_unpack_item(self, operation, arguments):
        owner = arguments[0]
        if not isinstance(owner, an.SomeTuple) or len(owner.items) != operation.args[2].value:
            self.fail("unpacking " + owner.describe() + " into " + str(operation.args[2].value) + " names")
        return owner.items[operation.args[1].value]

    def rule_getglobal(self, operation, arguments):
        variable = operation.args[0].value
        self.read(variable)
        if variable.annotation is None:
            return an.IMPOSSIBLE
        return variable.annotation

    def rule_setglobal(self, operation, arguments):
        variable = operation.args[0].value
        new = self.union(variable.annotation, arguments[1])
        if variable.annotation is None or not an.same(new, variable.annotation):
            variable.annotation = new
            self.reflow(variable.readers)
        return an.NONE

    def rule_import_module(self, operation, arguments):
        return an.NONE

    # ---- containers ----

    def rule_newlist(self, operation, arguments):
        item = an.IMPOSSIBLE
        for argument in arguments:
            item = self.union(item, argument)
        return self.cached_list(operation, item)

    def rule_newdict(self, operation, arguments):
        if getattr(operation, "dictdef", None) is None:
            operation.dictdef = an.DictDef(an.IMPOSSIBLE, an.IMPOSSIBLE)
        index = 0
        while index < len(arguments):
            self.generalize_dict(operation.dictdef, arguments[index], arguments[index + 1])
            index += 2
        return an.SomeDict(operation.dictdef.root(), False)

    def rule_newtuple(self, operation, arguments):
        return an.SomeTuple(arguments)

    def rule_iter_prepare(self, operation, arguments):
        owner = arguments[0]
        if isinstance(owner, an.SomeList) or isinstance(owner, an.SomeStr):
            return owner
        if isinstance(owner, an.SomeDict):
            return self.cached_list(operation, self.dict_parts(owner.dictdef).key)
        self.fail("iterating over " + owner.describe())

    def rule_iter_item(self, operation, arguments):
        owner = arguments[0]
        if isinstance(owner, an.SomeList):
            return self.list_item(owner.listdef)
        return an.STR

    def rule_len(self, operation, arguments):
        return an.INT

    def rule_raise(self, operation, arguments):
        value = arguments[0]
        if not isinstance(value, an.SomeInstance) or not value.classdesc.is_exception:
            self.fail("exceptions must be instances of exception classes, not " + value.describe())
        return an.IMPOSSIBLE

    # ---- calls ----

    def rule_simple_call(self, operation, arguments):
        callee = arguments[0]
        rest = arguments[1:]
        if isinstance(callee, an.SomeDesc) and not isinstance(operation.args[0], model.Constant):
            self.fail("calling a function or class held in a variable is not in the subset")
        if not isinstance(callee, an.SomeDesc):
            self.fail("calling a " + callee.describe() + " (only functions and classes named directly)")
        desc = callee.desc
        if isinstance(desc, model.FunctionDesc):
            return self.call_function(desc, rest)
        if isinstance(desc, model.ClassDesc):
            return self.instantiate(desc, rest)
        if isinstance(desc, model.BuiltinDesc):
            return self.call_builtin(operation, desc.name, rest)
        self.fail("calling " + repr(desc))

    def instantiate(self, klass, arguments):
        instance = an.SomeInstance(klass, False)
        initializer = klass.lookup_method("__init__")
        if initializer is not None:
            self.call_function(initializer, [instance] + arguments)
        elif klass.is_exception:
            self.check_exception_arguments(arguments)
        elif len(arguments) > 0:
            self.fail(klass.name + "() takes no arguments")
        return instance

    def check_exception_arguments(self, arguments):
        if len(arguments) > 1 or (len(arguments) == 1 and not isinstance(arguments[0], an.SomeStr)):
            self.fail("exceptions take at most one str argument in the subset")

    def call_builtin(self, operation, name, arguments):
        count = len(arguments)
        if name == "exception_init":
            self.check_exception_arguments(arguments[1:])
            return an.NONE
        if name == "print":
            for argument in arguments:
                self.check_printable(argument)
            return an.NONE
        if name == "len":
            if count != 1:
                self.fail("len() takes one argument")
            value = arguments[0]
            if isinstance(value, an.SomeList) or isinstance(value, an.SomeDict) or isinstance(value, an.SomeStr) \
                    or isinstance(value, an.SomeTuple):
                return an.INT
            self.fail("len() of " + value.describe())
        if name == "str" or name == "repr":
            if count != 1:
                self.fail(name + "() takes one argument")
            self.check_printable(arguments[0])
            return an.STR
        if name == "int" or name == "float":
            if count != 1:
                self.fail(name + "() takes one argument")
            if not an.is_numeric(arguments[0]) and not isinstance(arguments[0], an.SomeStr):
                self.fail(name + "() of " + arguments[0].describe())
            if name == "int":
                return an.INT
            return an.FLOAT
        if name == "bool":
            return an.BOOL
        if name == "abs":
            if count != 1 or not an.is_numeric(arguments[0]):
                self.fail("abs() takes one number")
            if isinstance(arguments[0], an.SomeFloat):
                return an.FLOAT
            return an.INT
        if name == "min" or name == "max":
            if count == 1 and isinstance(arguments[0], an.SomeList):
                return self.list_item(arguments[0].listdef)
            if count < 2:
                self.fail(name + "() takes a list or two or more numbers")
            result = an.IMPOSSIBLE
            for argument in arguments:
                if not an.is_numeric(argument) and not isinstance(argument, an.SomeStr):
                    self.fail(name + "() of " + argument.describe())
                if isinstance(result, an.SomeFloat) or isinstance(argument, an.SomeFloat):
                    if not isinstance(result, an.SomeImpossible) and not an.is_numeric(result):
                        self.fail(name + "() mixing kinds")
                    result = an.FLOAT
                else:
                    result = self.union(result, argument)
            return result
        if name == "ord":
            return an.INT
        if name == "chr":
            return an.STR
        if name == "isinstance":
            if count != 2 or not isinstance(operation.args[2], model.Constant) or \
                    not isinstance(operation.args[2].value, model.ClassDesc):
                self.fail("isinstance() needs a class named directly")
            if not isinstance(arguments[0], an.SomeInstance):
                self.fail("isinstance() of " + arguments[0].describe())
            return an.BOOL
        self.fail(name + "() is not supported here")

    def check_printable(self, value):
        """Values print and convert to str when they are numbers, strings, containers of them, or have __str__."""
        if isinstance(value, an.SomeInstance):
            if value.classdesc.lookup_method("__str__") is not None:
                self.call_method_on_instance(value.classdesc, "__str__", [])
            elif not value.classdesc.is_exception:
                self.fail("printing an instance of " + value.classdesc.name + ", which has no __str__")
        elif isinstance(value, an.SomeList):
            self.check_printable_item(self.list_item(value.listdef))
        elif isinstance(value, an.SomeDict):
            root = self.dict_parts(value.dictdef)
            self.check_printable_item(root.key)
            self.check_printable_item(root.value)
        elif isinstance(value, an.SomeTuple):
            for item in value.items:
                self.check_printable_item(item)
        elif isinstance(value, an.SomeDesc):
            self.fail("printing " + value.describe())

    def check_printable_item(self, value):
        if isinstance(value, an.SomeInstance):
            self.fail("printing a container of instances (repr of instances is not in the subset)")
        self.check_printable(value)

    def rule_call_method(self, operation, arguments):
        owner = arguments[0]
        name = operation.args[1].value
        rest = arguments[2:]
        if isinstance(owner, an.SomeInstance):
            return self.call_method_on_instance(owner.classdesc, name, rest)
        if isinstance(owner, an.SomeList):
            return self.list_method(operation, owner, name, rest)
        if isinstance(owner, an.SomeDict):
            return self.dict_method(operation, owner, name, rest)
        if isinstance(owner, an.SomeStr):
            return self.str_method(operation, name, rest)
        self.fail("method '" + name + "' of " + owner.describe())

    def expect_count(self, name, arguments, low, high):
        if len(arguments) < low or len(arguments) > high:
            self.fail("wrong number of arguments to " + name + "()")

    def list_method(self, operation, owner, name, arguments):
        listdef = owner.listdef
        if name not in LIST_METHODS:
            self.fail("lists have no method '" + name + "' in the subset")
        if name == "append":
            self.expect_count(name, arguments, 1, 1)
            self.generalize_list(listdef, arguments[0])
            return an.NONE
        if name == "insert":
            self.expect_count(name, arguments, 2, 2)
            self.generalize_list(listdef, arguments[1])
            return an.NONE
        if name == "pop":
            self.expect_count(name, arguments, 0, 1)
            return self.list_item(listdef)
        if name == "extend":
            self.expect_count(name, arguments, 1, 1)
            if not isinstance(arguments[0], an.SomeList):
                self.fail("extend() takes a list in the subset")
            self.generalize_list(listdef, self.list_item(arguments[0].listdef))
            return an.NONE
        if name == "index" or name == "count":
            self.expect_count(name, arguments, 1, 1)
            self.list_item(listdef)
            return an.INT
        if name == "remove":
            self.expect_count(name, arguments, 1, 1)
            self.list_item(listdef)
            return an.NONE
        if name == "copy":
            self.expect_count(name, arguments, 0, 0)
            self.read(listdef.root())
            return an.SomeList(listdef.root(), False)
        if name == "sort":
            self.expect_count(name, arguments, 0, 0)
            item = self.list_item(listdef)
            if not an.is_numeric(item) and not isinstance(item, an.SomeStr) and \
                    not isinstance(item, an.SomeImpossible):
                self.fail("sort() of a list of " + item.describe() + " is not in the subset")
            return an.NONE
        self.expect_count(name, arguments, 0, 0)
        return an.NONE

    def dict_method(self, operation, owner, name, arguments):
        if name not in DICT_METHODS:
            self.fail("dicts have no method '" + name + "' in the subset")
        root = self.dict_parts(owner.dictdef)
        if name == "get":
            self.expect_count(name, arguments, 1, 2)
            self.generalize_dict(owner.dictdef, arguments[0], an.IMPOSSIBLE)
            root = self.dict_parts(owner.dictdef)
            if len(arguments) == 1:
                return self.union(root.value, an.NONE)
            return self.union(root.value, arguments[1])
        if name == "pop":
            self.expect_count(name, arguments, 1, 1)
            self.generalize_dict(owner.dictdef, arguments[0], an.IMPOSSIBLE)
            return self.dict_parts(owner.dictdef).value
        self.expect_count(name, arguments, 0, 0)
        if name == "keys":
            return self.cached_list(operation, root.key)
        if name == "values":
            return self.cached_list(operation, root.value)
        if name == "items":
            return self.cached_list(operation, an.SomeTuple([root.key, root.value]))
        if name == "copy":
            return an.SomeDict(owner.dictdef.root(), False)
        return an.NONE

    def str_method(self, operation, name, arguments):
        if name not in STR_METHODS:
            self.fail("str has no method '" + name + "' in the subset")
        for argument in arguments:
            if not isinstance(argument, an.SomeStr) and not (name == "join" and isinstance(argument, an.SomeList)):
                self.fail("str." + name + "() takes str arguments in the subset")
        if name == "join":
            self.expect_count(name, arguments, 1, 1)
            if not isinstance(arguments[0], an.SomeList):
                self.fail("join() takes a list of str in the subset")
            item = self.list_item(arguments[0].listdef)
            if not isinstance(item, an.SomeStr) and not isinstance(item, an.SomeImpossible):
                self.fail("join() takes a list of str in the subset")
            return an.STR
        if name == "split":
            self.expect_count(name, arguments, 0, 1)
            return self.cached_list(operation, an.STR)
        if name == "startswith" or name == "endswith" or name == "isdigit" or name == "isalpha" or \
                name == "isspace":
            return an.BOOL
        if name == "find" or name == "count":
            self.expect_count(name, arguments, 1, 1)
            return an.INT
        if name == "replace":
            self.expect_count(name, arguments, 2, 2)
            return an.STR
        self.expect_count(name, arguments, 0, 0)
        return an.STR
