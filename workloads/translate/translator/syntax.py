"""Syntax tree of the subset: one small class per construct."""


class Node:
    """A syntax node; every node knows its line."""

    def __init__(self, line):
        self.line = line


# ---- expressions -------------------------------------------------------

class Name(Node):
    def __init__(self, line, name):
        Node.__init__(self, line)
        self.name = name


class Literal(Node):
    """A constant: kind is 'int', 'float', 'str', 'bool' or 'none'; one typed field holds its value
    (so that the syntax tree itself stays in the subset)."""

    def __init__(self, line, kind, integer, real, text):
        Node.__init__(self, line)
        self.kind = kind
        self.integer = integer
        self.real = real
        self.text = text


def int_literal(line, value):
    return Literal(line, "int", value, 0.0, "")


def float_literal(line, value):
    return Literal(line, "float", 0, value, "")


def str_literal(line, value):
    return Literal(line, "str", 0, 0.0, value)


def bool_literal(line, value):
    number = 0
    if value:
        number = 1
    return Literal(line, "bool", number, 0.0, "")


def none_literal(line):
    return Literal(line, "none", 0, 0.0, "")


def negated_literal(line, literal):
    """-literal for an int or float literal."""
    return Literal(line, literal.kind, -literal.integer, -literal.real, "")


class BinaryOp(Node):
    def __init__(self, line, operator, left, right):
        Node.__init__(self, line)
        self.operator = operator
        self.left = left
        self.right = right


class UnaryOp(Node):
    def __init__(self, line, operator, operand):
        Node.__init__(self, line)
        self.operator = operator
        self.operand = operand


class BoolOp(Node):
    """'and' / 'or' with short-circuit evaluation."""

    def __init__(self, line, operator, left, right):
        Node.__init__(self, line)
        self.operator = operator
        self.left = left
        self.right = right


class Compare(Node):
    """One comparison; chains are split by the parser into 'and' of comparisons."""

    def __init__(self, line, operator, left, right):
        Node.__init__(self, line)
        self.operator = operator
        self.left = left
        self.right = right


class IfExpression(Node):
    def __init__(self, line, test, when_true, when_false):
        Node.__init__(self, line)
        self.test = test
        self.when_true = when_true
        self.when_false = when_false


class Call(Node):
    def __init__(self, line, function, arguments):
        Node.__init__(self, line)
        self.function = function
        self.arguments = arguments


class Attribute(Node):
    def __init__(self, line, value, attribute):
        Node.__init__(self, line)
        self.value = value
        self.attribute = attribute


class Subscript(Node):
    def __init__(self, line, value, index):
        Node.__init__(self, line)
        self.value = value
        self.index = index


class Slice(Node):
    """value[lower:upper]; missing bounds are None."""

    def __init__(self, line, value, lower, upper):
        Node.__init__(self, line)
        self.value = value
        self.lower = lower
        self.upper = upper


class ListDisplay(Node):
    def __init__(self, line, items):
        Node.__init__(self, line)
        self.items = items


class TupleDisplay(Node):
    def __init__(self, line, items):
        Node.__init__(self, line)
        self.items = items


class DictDisplay(Node):
    def __init__(self, line, keys, values):
        Node.__init__(self, line)
        self.keys = keys
        self.values = values


class ListComprehension(Node):
    """[element for target in iterable if condition] with one 'for' clause."""

    def __init__(self, line, element, target, iterable, condition):
        Node.__init__(self, line)
        self.element = element
        self.target = target
        self.iterable = iterable
        self.condition = condition


# ---- statements --------------------------------------------------------

class FunctionDef(Node):
    def __init__(self, line, name, parameters, body):
        Node.__init__(self, line)
        self.name = name
        self.parameters = parameters
        self.body = body


class ClassDef(Node):
    def __init__(self, line, name, base, body):
        Node.__init__(self, line)
        self.name = name
        self.base = base
        self.body = body


class Return(Node):
    def __init__(self, line, value):
        Node.__init__(self, line)
        self.value = value


class Assign(Node):
    def __init__(self, line, target, value):
        Node.__init__(self, line)
        self.target = target
        self.value = value


class AugmentedAssign(Node):
    def __init__(self, line, target, operator, value):
        Node.__init__(self, line)
        self.target = target
        self.operator = operator
        self.value = value


class If(Node):
    def __init__(self, line, test, body, orelse):
        Node.__init__(self, line)
        self.test = test
        self.body = body
        self.orelse = orelse


class While(Node):
    def __init__(self, line, test, body):
        Node.__init__(self, line)
        self.test = test
        self.body = body


class For(Node):
    def __init__(self, line, target, iterable, body):
        Node.__init__(self, line)
        self.target = target
        self.iterable = iterable
        self.body = body


class Break(Node):
    pass


class Continue(Node):
    pass


class Pass(Node):
    pass


class ExpressionStatement(Node):
    def __init__(self, line, value):
        Node.__init__(self, line)
        self.value = value


class Raise(Node):
    def __init__(self, line, exception):
        Node.__init__(self, line)
        self.exception = exception


class ExceptHandler(Node):
    """except ClassName [as name]: body (class_name None means a bare except)."""

    def __init__(self, line, class_name, bound_name, body):
        Node.__init__(self, line)
        self.class_name = class_name
        self.bound_name = bound_name
        self.body = body


class Try(Node):
    def __init__(self, line, body, handlers):
        Node.__init__(self, line)
        self.body = body
        self.handlers = handlers


class Import(Node):
    def __init__(self, line, module_names):
        Node.__init__(self, line)
        self.module_names = module_names


class ImportFrom(Node):
    def __init__(self, line, module_name, names):
        Node.__init__(self, line)
        self.module_name = module_name
        self.names = names


class Global(Node):
    def __init__(self, line, names):
        Node.__init__(self, line)
        self.names = names


class Module(Node):
    def __init__(self, name, filename, body):
        Node.__init__(self, 1)
        self.name = name
        self.filename = filename
        self.body = body
