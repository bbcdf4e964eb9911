"""Loads the input program: parses its modules and collects their functions, classes and globals."""

from translator.errors import SubsetError
from translator.subset_parser import parse_module
from translator import syntax
from translator import model
from translator import platform_support

BUILTIN_FUNCTIONS = ["len", "print", "str", "int", "float", "bool", "range", "isinstance",
                     "abs", "min", "max", "ord", "chr", "enumerate", "super", "repr"]

BUILTIN_EXCEPTIONS = [("Exception", None), ("ArithmeticError", "Exception"),
                      ("ZeroDivisionError", "ArithmeticError"), ("LookupError", "Exception"),
                      ("IndexError", "LookupError"), ("KeyError", "LookupError"),
                      ("ValueError", "Exception"), ("TypeError", "Exception"),
                      ("RuntimeError", "Exception"), ("RecursionError", "RuntimeError"),
                      ("NotImplementedError", "RuntimeError"), ("AssertionError", "Exception"),
                      ("OverflowError", "ArithmeticError")]


class Loader:
    """Finds and parses every module reachable from the main file by imports."""

    def __init__(self, main_path):
        self.main_path = main_path
        self.directory = platform_support.directory_of(main_path)
        self.program = model.Program()
        self.loading = {}
        self.builtins = {}

    def load(self):
        for name in BUILTIN_FUNCTIONS:
            self.builtins[name] = model.BuiltinDesc(name)
        self.builtins["$exception_init"] = model.BuiltinDesc("exception_init")
        for pair in BUILTIN_EXCEPTIONS:
            base = None
            if pair[1] is not None:
                base = self.program.builtin_classes[pair[1]]
            klass = model.ClassDesc(None, pair[0], base, None)
            klass.is_builtin = True
            klass.is_exception = True
            self.program.builtin_classes[pair[0]] = klass
            self.program.classes.append(klass)
            self.builtins[pair[0]] = klass
        main = self.load_module("__main__", self.main_path, 0)
        self.program.main_module = main
        return self.program

    def load_module(self, name, path, line):
        text = platform_support.read_text(path)
        tree = parse_module(name, path, text)
        module = model.ModuleDesc(name, path, tree)
        self.loading[name] = True
        for statement in tree.body:
            if isinstance(statement, syntax.Import):
                for imported in statement.module_names:
                    self.import_module(module, imported, statement.line)
            elif isinstance(statement, syntax.ImportFrom):
                self.import_module(module, statement.module_name, statement.line)
        self.collect(module)
        self.program.modules[name] = module
        self.program.module_order.append(module)
        del self.loading[name]
        return module

    def import_module(self, importer, name, line):
        if name in self.program.modules:
            return self.program.modules[name]
        if name in self.loading:
            raise SubsetError(importer.filename, line, "circular import of '" + name + "' is not in the subset")
        path = platform_support.join_path(self.directory, name + ".py")
        if not platform_support.path_exists(path):
            raise SubsetError(importer.filename, line, "module '" + name + "' is not part of the input program")
        return self.load_module(name, path, line)

    def collect(self, module):
        """Defines the module's top-level functions, classes, imported names and globals."""
        for statement in module.tree.body:
            line = statement.line
            if isinstance(statement, syntax.FunctionDef):
                self.define(module, statement.name, model.FunctionDesc(module, statement.name, statement, None), line)
                self.program.functions.append(module.namespace[statement.name])
            elif isinstance(statement, syntax.ClassDef):
                self.collect_class(module, statement)
            elif isinstance(statement, syntax.Import):
                for imported in statement.module_names:
                    module.namespace[imported] = self.program.modules[imported]
            elif isinstance(statement, syntax.ImportFrom):
                source = self.program.modules[statement.module_name]
                for imported in statement.names:
                    if imported not in source.namespace:
                        raise SubsetError(module.filename, line, "module '" + source.name +
                                          "' defines no name '" + imported + "'")
                    module.namespace[imported] = source.namespace[imported]
            else:
                self.collect_assigned(module, statement)

    def define(self, module, name, value, line):
        if name in module.namespace:
            raise SubsetError(module.filename, line, "redefinition of '" + name + "' is not in the subset")
        module.namespace[name] = value

    def collect_class(self, module, node):
        base = None
        if node.base is not None:
            if node.base == "object":
                base = None
            elif node.base in module.namespace and isinstance(module.namespace[node.base], model.ClassDesc):
                base = module.namespace[node.base]
            elif node.base in self.builtins and isinstance(self.builtins[node.base], model.ClassDesc):
                base = self.builtins[node.base]
            else:
                raise SubsetError(module.filename, node.line, "base class '" + node.base +
                                  "' must be a class defined earlier")
        klass = model.ClassDesc(module, node.name, base, node)
        for statement in node.body:
            if isinstance(statement, syntax.FunctionDef):
                if statement.name in klass.methods:
                    raise SubsetError(module.filename, statement.line, "redefinition of method '" +
                                      statement.name + "'")
                if len(statement.parameters) == 0:
                    raise SubsetError(module.filename, statement.line, "method '" + statement.name +
                                      "' needs a 'self' parameter (static methods are not in the subset)")
                method = model.FunctionDesc(module, statement.name, statement, klass)
                klass.methods[statement.name] = method
                self.program.functions.append(method)
        self.define(module, node.name, klass, node.line)
        self.program.classes.append(klass)

    def collect_assigned(self, module, statement):
        """Top-level assignments and loop targets become module globals."""
        names = []
        collect_assigned_names(statement, names)
        for name in names:
            if name not in module.namespace:
                variable = model.GlobalVariable(module, name)
                module.namespace[name] = variable
                self.program.globals.append(variable)
            elif not isinstance(module.namespace[name], model.GlobalVariable):
                raise SubsetError(module.filename, statement.line, "assigning to '" + name +
                                  "', which names a function, class or module, is not in the subset")


def collect_assigned_names(statement, names):
    """Appends the names a statement (and the statements inside it) assigns to."""
    if isinstance(statement, syntax.Assign) or isinstance(statement, syntax.AugmentedAssign):
        collect_target_names(statement.target, names)
    elif isinstance(statement, syntax.For):
        collect_target_names(statement.target, names)
        for inner in statement.body:
            collect_assigned_names(inner, names)
    elif isinstance(statement, syntax.If):
        for inner in statement.body:
            collect_assigned_names(inner, names)
        for inner in statement.orelse:
            collect_assigned_names(inner, names)
    elif isinstance(statement, syntax.While):
        for inner in statement.body:
            collect_assigned_names(inner, names)
    elif isinstance(statement, syntax.Try):
        for inner in statement.body:
            collect_assigned_names(inner, names)
        for handler in statement.handlers:
            if handler.bound_name is not None and handler.bound_name not in names:
                names.append(handler.bound_name)
            for inner in handler.body:
                collect_assigned_names(inner, names)


def collect_target_names(target, names):
    if isinstance(target, syntax.Name):
        if target.name not in names:
            names.append(target.name)
    elif isinstance(target, syntax.TupleDisplay):
        for item in target.items:
            collect_target_names(item, names)
