"""Control-flow graphs (blocks, links, operations) and the program's descriptions of functions, classes and modules."""


class Variable:
    """A value computed in a graph; annotated by the annotator, typed by the rtyper."""

    counter = 0

    def __init__(self, hint):
        Variable.counter += 1
        self.number = Variable.counter
        self.hint = hint
        self.annotation = None
        self.concretetype = None

    def name(self):
        return "v" + str(self.number) + "_" + self.hint

    def __repr__(self):
        return self.name()


class Constant:
    """A constant operand: an int, float, bool, str, None or a description (function, class, builtin)."""

    def __init__(self, value):
        self.value = value
        self.annotation = None
        self.concretetype = None

    def __repr__(self):
        return "Const(" + repr(self.value) + ")"


class Undefined:
    """The value of a local not yet assigned on some path."""

    def __repr__(self):
        return "UNDEFINED"


UNDEFINED = Undefined()


class LastException:
    """Marks the link argument that receives the exception being caught."""

    def __repr__(self):
        return "LAST_EXCEPTION"


LAST_EXCEPTION = LastException()


def is_undefined(value):
    return isinstance(value, Constant) and value.value is UNDEFINED


def is_last_exception(value):
    return isinstance(value, Constant) and value.value is LAST_EXCEPTION


class Operation:
    """result = opname(args...), at a source line."""

    def __init__(self, opname, args, result, line):
        self.opname = opname
        self.args = args
        self.result = result
        self.line = line

    def __repr__(self):
        return repr(self.result) + " = " + self.opname + "(" + ", ".join([repr(a) for a in self.args]) + ")"


class Link:
    """An edge: passes args to the target block's inputargs; exitcase selects it (True/False, an exception class)."""

    def __init__(self, args, target, exitcase):
        self.args = args
        self.target = target
        self.exitcase = exitcase
        self.line = 0


class Block:
    """Straight-line operations; exitswitch is None, a boolean variable, or 'last_exception'."""

    def __init__(self, inputargs):
        self.inputargs = inputargs
        self.operations = []
        self.exitswitch = None
        self.exits = []
        self.is_final = False
        self.names = []
        self.predecessors = 0

    def close(self, exitswitch, exits):
        self.exitswitch = exitswitch
        self.exits = exits


class Graph:
    """One function's graph: a start block, one return block and one exception block."""

    def __init__(self, name, startblock, returnvar, filename):
        self.name = name
        self.startblock = startblock
        self.returnblock = Block([returnvar])
        self.returnblock.is_final = True
        self.exceptblock = Block([])
        self.exceptblock.is_final = True
        self.filename = filename
        self.function = None

    def iterblocks(self):
        """All blocks reachable from the start block, in depth-first order."""
        seen = {}
        result = []
        stack = [self.startblock]
        while len(stack) > 0:
            block = stack.pop()
            if block in seen:
                continue
            seen[block] = True
            result.append(block)
            index = len(block.exits) - 1
            while index >= 0:
                stack.append(block.exits[index].target)
                index -= 1
        return result

    def iterlinks(self):
        links = []
        for block in self.iterblocks():
            for link in block.exits:
                links.append(link)
        return links

    def count_operations(self):
        total = 0
        for block in self.iterblocks():
            total += len(block.operations)
        return total


class ModuleDesc:
    """A module of the input program: its name, file and global namespace."""

    def __init__(self, name, filename, tree):
        self.name = name
        self.filename = filename
        self.tree = tree
        self.namespace = {}
        self.init_function = None

    def __repr__(self):
        return "<module " + self.name + ">"


class GlobalVariable:
    """A module-level variable, stored in a C global."""

    def __init__(self, module, name):
        self.module = module
        self.name = name
        self.annotation = None
        self.readers = {}

    def __repr__(self):
        return "<global " + self.module.name + "." + self.name + ">"


class FunctionDesc:
    """A function or method of the input program and its graph."""

    def __init__(self, module, name, node, owner_class):
        self.module = module
        self.name = name
        self.node = node
        self.owner_class = owner_class
        self.graph = None
        self.return_readers = {}
        self.is_builtin_init = False

    def qualified_name(self):
        if self.owner_class is not None:
            return self.module.name + "." + self.owner_class.name + "." + self.name
        return self.module.name + "." + self.name

    def __repr__(self):
        return "<function " + self.qualified_name() + ">"


class ClassDesc:
    """A class of the input program (or a builtin exception class)."""

    def __init__(self, module, name, base, node):
        self.module = module
        self.name = name
        self.base = base
        self.node = node
        self.methods = {}
        self.subclasses = []
        self.attributes = {}
        self.is_builtin = False
        self.is_exception = base is not None and base.is_exception
        self.depth = 0
        if base is not None:
            base.subclasses.append(self)
            self.depth = base.depth + 1

    def qualified_name(self):
        if self.module is None:
            return self.name
        return self.module.name + "." + self.name

    def lookup_method(self, name):
        """The method a call on an instance of exactly this class reaches, or None."""
        klass = self
        while klass is not None:
            if name in klass.methods:
                return klass.methods[name]
            klass = klass.base
        return None

    def is_subclass_of(self, other):
        klass = self
        while klass is not None:
            if klass is other:
                return True
            klass = klass.base
        return False

    def all_subclasses(self):
        """This class and every class below it, parents before children."""
        result = [self]
        index = 0
        while index < len(result):
            for sub in result[index].subclasses:
                result.append(sub)
            index += 1
        return result

    def __repr__(self):
        return "<class " + self.qualified_name() + ">"


class BuiltinDesc:
    """A builtin function of the subset (len, print, str, range, ...)."""

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "<builtin " + self.name + ">"


class Program:
    """The whole input program: modules, functions, classes and graphs."""

    def __init__(self):
        self.modules = {}
        self.module_order = []
        self.functions = []
        self.classes = []
        self.builtin_classes = {}
        self.globals = []
        self.main_module = None
        self.graphs = []
