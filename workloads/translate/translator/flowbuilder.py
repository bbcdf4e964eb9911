"""Builds a control-flow graph (blocks, links, operations) for each function of the input program."""

from translator.errors import SubsetError
from translator import syntax
from translator import model
from translator.model import Variable, Constant, Operation, Link, Block
from translator.loader import collect_assigned_names

# High-level operations that can raise; inside a 'try' they end their block.
RAISING_OPERATIONS = {"simple_call": True, "call_method": True, "getitem": True, "setitem": True,
                      "truediv": True, "floordiv": True, "mod": True, "raise": True,
                      "import_module": True, "inplace_truediv": True, "inplace_floordiv": True,
                      "inplace_mod": True}

BINARY_OPERATIONS = {"+": "add", "-": "sub", "*": "mul", "/": "truediv", "//": "floordiv", "%": "mod"}
COMPARE_OPERATIONS = {"<": "lt", "<=": "le", "==": "eq", "!=": "ne", ">": "gt", ">=": "ge",
                      "is": "is_", "is not": "is_not"}


class FlowBuilder:
    """Builds the graph of one function (or of one module's top-level code)."""

    def __init__(self, program, builtins, function):
        self.program = program
        self.builtins = builtins
        self.function = function
        self.module = function.module
        self.filename = function.module.filename
        self.klass = function.owner_class
        self.local_names = []
        self.global_names = {}
        self.is_module_init = function.node is None
        self.env = {}
        self.block = None
        self.loop_stack = []
        self.try_stack = []
        self.hidden_counter = 0
        self.graph = None
        self.renames = {}
        self.line = 0

    def fail(self, line, message):
        raise SubsetError(self.filename, line, message)

    # ---- blocks and links ----

    def new_block(self, extra_count):
        names = list(self.local_names)
        inputargs = []
        for name in names:
            inputargs.append(Variable(name))
        index = 0
        while index < extra_count:
            inputargs.append(Variable("tmp"))
            index += 1
        block = Block(inputargs)
        block.names = names
        block.predecessors = 0
        return block

    def current_values(self, block):
        args = []
        for name in block.names:
            if name in self.env:
                args.append(self.env[name])
            else:
                args.append(Constant(model.UNDEFINED))
        return args

    def renamed(self, value):
        """The current name of a value computed before the block was split at a raising operation."""
        while value in self.renames:
            value = self.renames[value]
        return value

    def link_to(self, target, extras, exitcase):
        carried = []
        for value in extras:
            carried.append(self.renamed(value))
        link = Link(self.current_values(target) + carried, target, exitcase)
        link.line = self.line
        target.predecessors += 1
        return link

    def enter(self, block):
        self.block = block
        self.env = {}
        index = 0
        for name in block.names:
            self.env[name] = block.inputargs[index]
            index += 1

    def jump(self, target, extras):
        """Ends the current block with one link to target."""
        self.block.close(None, [self.link_to(target, extras, None)])
        self.block = None

    def emit(self, opname, args, hint, line):
        result = Variable(hint)
        arguments = []
        for argument in args:
            arguments.append(self.renamed(argument))
        self.block.operations.append(Operation(opname, arguments, result, line))
        if opname in RAISING_OPERATIONS and len(self.try_stack) > 0:
            # Only the last operation of a block may raise: split here, carrying every value
            # computed in this block (expression temporaries may still be needed after it).
            carried = list(self.block.inputargs[len(self.block.names):])
            for operation in self.block.operations:
                carried.append(operation.result)
            following = self.new_block(len(carried))
            links = [self.link_to(following, carried, None)]
            links = links + self.exception_links()
            self.block.close("last_exception", links)
            self.enter(following)
            index = 0
            for value in carried:
                self.renames[value] = following.inputargs[len(following.names) + index]
                index += 1
            return self.renamed(result)
        return result

    def exception_links(self):
        """Links from the current block to every handler that may catch, innermost first."""
        links = []
        level = len(self.try_stack) - 1
        while level >= 0:
            for pair in self.try_stack[level]:
                klass = pair[0]
                link = self.link_to(pair[1], [Constant(model.LAST_EXCEPTION)], klass)
                if klass is None:
                    link.exitcase = "any"
                    links.append(link)
                    return links
                links.append(link)
            level -= 1
        links.append(Link([], self.graph.exceptblock, "any"))
        return links

    def hidden_name(self, purpose):
        self.hidden_counter += 1
        name = "$" + purpose + str(self.hidden_counter)
        self.local_names.append(name)
        return name

    # ---- the graph ----

    def build(self):
        function = self.function
        if self.is_module_init:
            body = []
            for statement in self.module.tree.body:
                if not isinstance(statement, syntax.FunctionDef) and not isinstance(statement, syntax.ClassDef):
                    body.append(statement)
            parameters = []
            name = self.module.name + ".<module>"
        else:
            body = function.node.body
            parameters = function.node.parameters
            name = function.qualified_name()
            names = list(parameters)
            for statement in body:
                self.collect_globals(statement)
                collect_assigned_names(statement, names)
            for local in names:
                if local not in self.global_names and local not in self.local_names:
                    self.local_names.append(local)
        startargs = []
        for parameter in parameters:
            startargs.append(Variable(parameter))
        start = Block(startargs)
        start.names = list(parameters)
        start.predecessors = 1
        self.graph = model.Graph(name, start, Variable("result"), self.filename)
        self.graph.function = function
        self.enter(start)
        self.flow_statements(body)
        if self.block is not None:
            self.jump(self.graph.returnblock, [Constant(None)])
        return self.graph

    def collect_globals(self, statement):
        if isinstance(statement, syntax.Global):
            for name in statement.names:
                if name not in self.module.namespace or \
                        not isinstance(self.module.namespace[name], model.GlobalVariable):
                    self.fail(statement.line, "'global " + name + "' names no module-level variable")
                self.global_names[name] = True
        elif isinstance(statement, syntax.If):
            for inner in statement.body + statement.orelse:
                self.collect_globals(inner)
        elif isinstance(statement, syntax.While) or isinstance(statement, syntax.For):
            for inner in statement.body:
                self.collect_globals(inner)
        elif isinstance(statement, syntax.Try):
            for inner in statement.body:
                self.collect_globals(inner)
            for handler in statement.handlers:
                for inner in handler.body:
                    self.collect_globals(inner)
        elif isinstance(statement, syntax.FunctionDef) or isinstance(statement, syntax.ClassDef):
            self.fail(statement.line, "nested functions and classes are not in the subset")

    # ---- statements ----

    def flow_statements(self, statements):
        for statement in statements:
            if self.block is None:
                return
            self.flow_statement(statement)

    def flow_statement(self, node):
        line = node.line
        self.line = line
        if isinstance(node, syntax.ExpressionStatement):
            if isinstance(node.value, syntax.Literal):
                return
            self.expression(node.value)
        elif isinstance(node, syntax.Assign):
            value = self.expression(node.value)
            self.assign(node.target, value, line)
        elif isinstance(node, syntax.AugmentedAssign):
            self.flow_augmented_assign(node)
        elif isinstance(node, syntax.Return):
            if self.is_module_init:
                self.fail(line, "'return' outside a function")
            value = Constant(None)
            if node.value is not None:
                value = self.expression(node.value)
            self.jump(self.graph.returnblock, [value])
        elif isinstance(node, syntax.If):
            self.flow_if(node)
        elif isinstance(node, syntax.While):
            self.flow_while(node)
        elif isinstance(node, syntax.For):
            self.flow_for(node)
        elif isinstance(node, syntax.Break):
            if len(self.loop_stack) == 0:
                self.fail(line, "'break' outside a loop")
            self.jump(self.loop_stack[-1][1], [])
        elif isinstance(node, syntax.Continue):
            if len(self.loop_stack) == 0:
                self.fail(line, "'continue' outside a loop")
            self.jump(self.loop_stack[-1][0], [])
        elif isinstance(node, syntax.Pass) or isinstance(node, syntax.Global):
            return
        elif isinstance(node, syntax.Raise):
            self.flow_raise(node)
        elif isinstance(node, syntax.Try):
            self.flow_try(node)
        elif isinstance(node, syntax.Import):
            if not self.is_module_init:
                self.fail(line, "imports inside functions are not in the subset")
            for name in node.module_names:
                self.emit("import_module", [Constant(self.program.modules[name])], "module", line)
        elif isinstance(node, syntax.ImportFrom):
            if not self.is_module_init:
                self.fail(line, "imports inside functions are not in the subset")
            self.emit("import_module", [Constant(self.program.modules[node.module_name])], "module", line)
        elif isinstance(node, syntax.FunctionDef) or isinstance(node, syntax.ClassDef):
            self.fail(line, "nested functions and classes are not in the subset")
        else:
            self.fail(line, "statement not in the subset")

    def flow_augmented_assign(self, node):
        line = node.line
        opname = BINARY_OPERATIONS[node.operator]
        if opname == "add":
            opname = "inplace_add"
        target = node.target
        if isinstance(target, syntax.Name):
            old = self.read_name(target.name, line)
            result = self.emit(opname, [old, self.expression(node.value)], target.name, line)
            self.assign(target, result, line)
        elif isinstance(target, syntax.Attribute):
            owner = self.expression(target.value)
            attribute = Constant(target.attribute)
            old = self.emit("getattr", [owner, attribute], target.attribute, line)
            result = self.emit(opname, [old, self.expression(node.value)], target.attribute, line)
            self.emit("setattr", [owner, attribute, result], "none", line)
        else:
            owner = self.expression(target.value)
            index = self.expression(target.index)
            old = self.emit("getitem", [owner, index], "item", line)
            result = self.emit(opname, [old, self.expression(node.value)], "item", line)
            self.emit("setitem", [owner, index, result], "none", line)

    def assign(self, target, value, line):
        value = self.renamed(value)
        if isinstance(target, syntax.Name):
            name = target.name
            if self.is_module_init or name in self.global_names:
                if name in self.local_names:
                    self.env[name] = value
                    return
                entity = self.module.namespace.get(name)
                if not isinstance(entity, model.GlobalVariable):
                    self.fail(line, "cannot assign to '" + name + "'")
                self.emit("setglobal", [Constant(entity), value], "none", line)
            else:
                self.env[name] = value
        elif isinstance(target, syntax.Attribute):
            owner = self.expression(target.value)
            self.emit("setattr", [owner, Constant(target.attribute), value], "none", line)
        elif isinstance(target, syntax.Subscript):
            owner = self.expression(target.value)
            index = self.expression(target.index)
            self.emit("setitem", [owner, index, value], "none", line)
        elif isinstance(target, syntax.TupleDisplay):
            index = 0
            for item in target.items:
                element = self.emit("unpack_item", [value, Constant(index), Constant(len(target.items))],
                                    "item", line)
                self.assign(item, element, line)
                index += 1
        else:
            self.fail(line, "cannot assign to this expression")

    def truth(self, node):
        value = self.expression(node)
        return self.emit("bool", [value], "cond", node.line)

    def branch(self, condition, if_true, if_false):
        condition = self.renamed(condition)
        self.block.close(condition, [self.link_to(if_true, [], True), self.link_to(if_false, [], False)])
        self.block = None

    def flow_if(self, node):
        condition = self.truth(node.test)
        then_block = self.new_block(0)
        else_block = self.new_block(0)
        after = self.new_block(0)
        self.branch(condition, then_block, else_block)
        self.enter(then_block)
        self.flow_statements(node.body)
        if self.block is not None:
            self.jump(after, [])
        self.enter(else_block)
        self.flow_statements(node.orelse)
        if self.block is not None:
            self.jump(after, [])
        self.continue_at(after)

    def continue_at(self, block):
        if block.predecessors > 0:
            self.enter(block)
        else:
            self.block = None

    def flow_while(self, node):
        header = self.new_block(0)
        self.jump(header, [])
        self.enter(header)
        condition = self.truth(node.test)
        body = self.new_block(0)
        after = self.new_block(0)
        self.branch(condition, body, after)
        self.enter(body)
        self.loop_stack.append((header, after))
        self.flow_statements(node.body)
        self.loop_stack.pop()
        if self.block is not None:
            self.jump(header, [])
        self.continue_at(after)

    def flow_for(self, node):
        line = node.line
        iterable = node.iterable
        callee = None
        if isinstance(iterable, syntax.Call) and isinstance(iterable.function, syntax.Name):
            callee = iterable.function.name
            if callee in self.local_names or callee in self.module.namespace:
                callee = None
        if callee == "range":
            self.flow_for_range(node)
            return
        enumerate_target = None
        target = node.target
        if callee == "enumerate":
            if len(iterable.arguments) != 1:
                self.fail(line, "enumerate() with a start is not in the subset")
            if not isinstance(target, syntax.TupleDisplay) or len(target.items) != 2:
                self.fail(line, "enumerate() needs a target of two names")
            enumerate_target = target.items[0]
            target = target.items[1]
            iterable = iterable.arguments[0]
        sequence_name = self.hidden_name("seq")
        index_name = self.hidden_name("index")
        sequence = self.emit("iter_prepare", [self.expression(iterable)], "seq", line)
        self.env[sequence_name] = sequence
        self.env[index_name] = Constant(0)
        header = self.new_block(0)
        self.jump(header, [])
        self.enter(header)
        length = self.emit("len", [self.env[sequence_name]], "length", line)
        condition = self.emit("lt", [self.env[index_name], length], "cond", line)
        body = self.new_block(0)
        after = self.new_block(0)
        self.branch(condition, body, after)
        self.enter(body)
        index = self.env[index_name]
        item = self.emit("iter_item", [self.env[sequence_name], index], "item", line)
        self.env[index_name] = self.emit("add", [index, Constant(1)], "index", line)
        if enumerate_target is not None:
            self.assign(enumerate_target, index, line)
        self.assign(target, item, line)
        self.flow_loop_body(node.body, header, after)

    def flow_loop_body(self, body, header, after):
        self.loop_stack.append((header, after))
        self.flow_statements(body)
        self.loop_stack.pop()
        if self.block is not None:
            self.jump(header, [])
        self.continue_at(after)

    def flow_for_range(self, node):
        line = node.line
        arguments = node.iterable.arguments
        step = 1
        if len(arguments) == 1:
            start = Constant(0)
            stop = self.expression(arguments[0])
        elif len(arguments) == 2 or len(arguments) == 3:
            start = self.expression(arguments[0])
            stop = self.expression(arguments[1])
            if len(arguments) == 3:
                if not isinstance(arguments[2], syntax.Literal) or arguments[2].kind != "int" or \
                        arguments[2].integer == 0:
                    self.fail(line, "range() step must be a non-zero integer constant in the subset")
                step = arguments[2].integer
        else:
            self.fail(line, "range() takes one to three arguments")
        index_name = self.hidden_name("index")
        stop_name = self.hidden_name("stop")
        self.env[index_name] = start
        self.env[stop_name] = stop
        header = self.new_block(0)
        self.jump(header, [])
        self.enter(header)
        comparison = "lt"
        if step < 0:
            comparison = "gt"
        condition = self.emit(comparison, [self.env[index_name], self.env[stop_name]], "cond", line)
        body = self.new_block(0)
        after = self.new_block(0)
        self.branch(condition, body, after)
        self.enter(body)
        index = self.env[index_name]
        self.env[index_name] = self.emit("add", [index, Constant(step)], "index", line)
        self.assign(node.target, index, line)
        self.flow_loop_body(node.body, header, after)

    def flow_raise(self, node):
        line = node.line
        value = self.expression(node.exception)
        if isinstance(value, Constant) and isinstance(value.value, model.ClassDesc):
            value = self.emit("simple_call", [value], "exception", line)
        self.block.operations.append(Operation("raise", [self.renamed(value)], Variable("none"), line))
        if len(self.try_stack) > 0:
            self.block.close("last_exception", self.exception_links())
        else:
            self.block.close(None, [Link([], self.graph.exceptblock, None)])
        self.block = None

    def flow_try(self, node):
        entries = []
        for handler in node.handlers:
            klass = None
            if handler.class_name is not None:
                klass = self.resolve_static(handler.class_name, handler.line)
                if not isinstance(klass, model.ClassDesc) or not klass.is_exception:
                    self.fail(handler.line, "'" + handler.class_name + "' is not an exception class")
            entries.append((klass, self.new_block(1)))
        after = self.new_block(0)
        self.try_stack.append(entries)
        self.flow_statements(node.body)
        self.try_stack.pop()
        if self.block is not None:
            self.jump(after, [])
        index = 0
        for handler in node.handlers:
            handler_block = entries[index][1]
            index += 1
            if handler_block.predecessors == 0:
                continue
            self.enter(handler_block)
            if handler.bound_name is not None:
                self.assign(syntax.Name(handler.line, handler.bound_name), handler_block.inputargs[-1],
                            handler.line)
            self.flow_statements(handler.body)
            if self.block is not None:
                self.jump(after, [])
        self.continue_at(after)

    # ---- expressions ----

    def resolve_static(self, name, line):
        """The function, class, module or builtin a name denotes, or None for a variable."""
        if name in self.local_names and not self.is_module_init:
            return None
        if name in self.module.namespace:
            entity = self.module.namespace[name]
            if isinstance(entity, model.GlobalVariable):
                return None
            return entity
        if name in self.builtins:
            return self.builtins[name]
        self.fail(line, "name '" + name + "' is not defined")

    def read_name(self, name, line):
        if name in self.env and (not self.is_module_init or name.startswith("$") or name in self.local_names):
            return self.env[name]
        if name in self.local_names and name not in self.global_names:
            return Constant(model.UNDEFINED)
        if name == "__name__":
            return Constant(self.module.name)
        if name in self.module.namespace:
            entity = self.module.namespace[name]
            if isinstance(entity, model.GlobalVariable):
                return self.emit("getglobal", [Constant(entity)], name, line)
            return Constant(entity)
        if name in self.builtins:
            return Constant(self.builtins[name])
        self.fail(line, "name '" + name + "' is not defined")

    def expression(self, node):
        line = node.line
        if isinstance(node, syntax.Name):
            return self.read_name(node.name, line)
        if isinstance(node, syntax.Literal):
            return Constant(literal_value(node))
        if isinstance(node, syntax.BinaryOp):
            left = self.expression(node.left)
            right = self.expression(node.right)
            return self.emit(BINARY_OPERATIONS[node.operator], [left, right], "value", line)
        if isinstance(node, syntax.UnaryOp):
            operand = self.expression(node.operand)
            if node.operator == "not":
                condition = self.emit("bool", [operand], "cond", line)
                return self.emit("bool_not", [condition], "cond", line)
            if node.operator == "-":
                return self.emit("neg", [operand], "value", line)
            return self.emit("pos", [operand], "value", line)
        if isinstance(node, syntax.Compare):
            left = self.expression(node.left)
            right = self.expression(node.right)
            if node.operator == "in":
                return self.emit("contains", [right, left], "cond", line)
            if node.operator == "not in":
                found = self.emit("contains", [right, left], "cond", line)
                return self.emit("bool_not", [found], "cond", line)
            return self.emit(COMPARE_OPERATIONS[node.operator], [left, right], "cond", line)
        if isinstance(node, syntax.BoolOp):
            return self.flow_bool_op(node)
        if isinstance(node, syntax.IfExpression):
            return self.flow_if_expression(node)
        if isinstance(node, syntax.Call):
            return self.flow_call(node)
        if isinstance(node, syntax.Attribute):
            static = self.static_attribute(node)
            if static is not None:
                return static
            owner = self.expression(node.value)
            return self.emit("getattr", [owner, Constant(node.attribute)], node.attribute, line)
        if isinstance(node, syntax.Subscript):
            owner = self.expression(node.value)
            index = self.expression(node.index)
            return self.emit("getitem", [owner, index], "item", line)
        if isinstance(node, syntax.Slice):
            owner = self.expression(node.value)
            lower = Constant(None)
            upper = Constant(None)
            if node.lower is not None:
                lower = self.expression(node.lower)
            if node.upper is not None:
                upper = self.expression(node.upper)
            return self.emit("getslice", [owner, lower, upper], "slice", line)
        if isinstance(node, syntax.ListDisplay):
            items = []
            for item in node.items:
                items.append(self.expression(item))
            return self.emit("newlist", items, "list", line)
        if isinstance(node, syntax.TupleDisplay):
            items = []
            for item in node.items:
                items.append(self.expression(item))
            return self.emit("newtuple", items, "tuple", line)
        if isinstance(node, syntax.DictDisplay):
            items = []
            index = 0
            while index < len(node.keys):
                items.append(self.expression(node.keys[index]))
                items.append(self.expression(node.values[index]))
                index += 1
            return self.emit("newdict", items, "dict", line)
        if isinstance(node, syntax.ListComprehension):
            return self.flow_list_comprehension(node)
        self.fail(line, "expression not in the subset")

    def static_attribute(self, node):
        """module.name and Class.method resolve at translation time."""
        if not isinstance(node.value, syntax.Name):
            return None
        entity = self.resolve_static(node.value.name, node.line)
        if isinstance(entity, model.ModuleDesc):
            if node.attribute not in entity.namespace:
                self.fail(node.line, "module '" + entity.name + "' has no attribute '" + node.attribute + "'")
            target = entity.namespace[node.attribute]
            if isinstance(target, model.GlobalVariable):
                return self.emit("getglobal", [Constant(target)], node.attribute, node.line)
            return Constant(target)
        if isinstance(entity, model.ClassDesc):
            method = entity.lookup_method(node.attribute)
            if method is None and entity.is_exception and node.attribute == "__init__":
                return Constant(self.builtins["$exception_init"])
            if method is None:
                self.fail(node.line, "class attributes other than methods are not in the subset ('" +
                          entity.name + "." + node.attribute + "')")
            return Constant(method)
        return None

    def flow_bool_op(self, node):
        line = node.line
        left = self.expression(node.left)
        condition = self.emit("bool", [left], "cond", line)
        join = self.new_block(1)
        right_block = self.new_block(0)
        if node.operator == "and":
            links = [self.link_to(right_block, [], True), self.link_to(join, [left], False)]
        else:
            links = [self.link_to(join, [left], True), self.link_to(right_block, [], False)]
        self.block.close(condition, links)
        self.enter(right_block)
        right = self.expression(node.right)
        self.jump(join, [right])
        self.enter(join)
        return join.inputargs[-1]

    def flow_if_expression(self, node):
        condition = self.truth(node.test)
        join = self.new_block(1)
        then_block = self.new_block(0)
        else_block = self.new_block(0)
        self.branch(condition, then_block, else_block)
        self.enter(then_block)
        value = self.expression(node.when_true)
        self.jump(join, [value])
        self.enter(else_block)
        value = self.expression(node.when_false)
        self.jump(join, [value])
        self.enter(join)
        return join.inputargs[-1]

    def flow_call(self, node):
        line = node.line
        function = node.function
        if isinstance(function, syntax.Attribute):
            owner = function.value
            if isinstance(owner, syntax.Call) and isinstance(owner.function, syntax.Name) and \
                    owner.function.name == "super" and len(owner.arguments) == 0:
                return self.flow_super_call(node)
            static = self.static_attribute(function)
            if static is not None:
                return self.emit("simple_call", [static] + self.arguments(node), "result", line)
            receiver = self.expression(owner)
            return self.emit("call_method", [receiver, Constant(function.attribute)] + self.arguments(node),
                             "result", line)
        callee = self.expression(function)
        return self.emit("simple_call", [callee] + self.arguments(node), "result", line)

    def arguments(self, node):
        values = []
        for argument in node.arguments:
            values.append(self.expression(argument))
        return values

    def flow_super_call(self, node):
        line = node.line
        if self.klass is None or self.function.node is None:
            self.fail(line, "super() outside a method")
        if self.klass.base is None:
            self.fail(line, "super() in a class without a base class")
        name = node.function.attribute
        method = self.klass.base.lookup_method(name)
        if method is None:
            if name == "__init__" and self.klass.base.is_exception:
                method = self.builtins["$exception_init"]
            else:
                self.fail(line, "no method '" + name + "' in the base classes of '" + self.klass.name + "'")
        receiver = self.read_name(self.function.node.parameters[0], line)
        return self.emit("simple_call", [Constant(method), receiver] + self.arguments(node), "result", line)

    def flow_list_comprehension(self, node):
        line = node.line
        result_name = self.hidden_name("comprehension")
        self.env[result_name] = self.emit("newlist", [], "list", line)
        append = syntax.ExpressionStatement(line, syntax.Call(line, syntax.Attribute(
            line, syntax.Name(line, result_name), "append"), [node.element]))
        body = [append]
        if node.condition is not None:
            body = [syntax.If(line, node.condition, body, [])]
        for name in target_names(node.target):
            if name not in self.local_names:
                self.local_names.append(name)
        self.flow_for(syntax.For(line, node.target, node.iterable, body))
        return self.env[result_name]


def literal_value(node):
    """The Python value of a literal node."""
    if node.kind == "int":
        return node.integer
    if node.kind == "float":
        return node.real
    if node.kind == "str":
        return node.text
    if node.kind == "bool":
        return node.integer == 1
    return None


def target_names(target):
    if isinstance(target, syntax.Name):
        return [target.name]
    names = []
    for item in target.items:
        names.append(item.name)
    return names


def build_all_graphs(program, builtins):
    """Builds the graph of every module's top-level code and of every function and method."""
    graphs = []
    for module in program.module_order:
        init = model.FunctionDesc(module, "<module>", None, None)
        module.init_function = init
        init.graph = FlowBuilder(program, builtins, init).build()
        graphs.append(init.graph)
    for function in program.functions:
        function.graph = FlowBuilder(program, builtins, function).build()
        graphs.append(function.graph)
    program.graphs = graphs
    return graphs
