"""Builds input programs from the translator's own code, so that the translator translates parts of itself.

`write_self_hosting_input(directory)` copies translator/errors.py, tokenizer.py, syntax.py and
subset_parser.py into `directory` (with `translator.` imports rewritten to plain module imports)
and adds a main.py that tokenizes and parses a sample program and prints what it found.
"""

import os

HERE = os.path.dirname(os.path.abspath(__file__))
MODULES = ["errors", "tokenizer", "syntax", "subset_parser"]

SAMPLE = '''
class Point(Base):
    """A point."""
    def move(self, dx, dy):
        if dx >= 0 and dy != 1.5e3:
            self.x += dx  # comment
        elif not dx < -2 <= dy:
            return [p * 2 for p in self.items if p]
        else:
            self.x = dx if dy else -dy
        while self.x > 10:
            self.x = self.x // 2 - len(self.name[1:3])
        return {'a': 1, "b": (dx, dy)}

def main():
    total = 0
    for index, value in enumerate([4, 5, 6]):
        try:
            total += value % 3
        except ValueError as error:
            raise RuntimeError("bad")
    print(total, None, True)
'''

MAIN = '''
import syntax
from errors import SubsetError
from tokenizer import tokenize
from subset_parser import parse_module


def show(node):
    """An expression as text, fully parenthesised."""
    if isinstance(node, syntax.Name):
        return node.name
    if isinstance(node, syntax.Literal):
        if node.kind == "int" or node.kind == "bool":
            return node.kind + ":" + str(node.integer)
        if node.kind == "float":
            return str(node.real)
        if node.kind == "str":
            return repr(node.text)
        return "None"
    if isinstance(node, syntax.BinaryOp) or isinstance(node, syntax.Compare) or isinstance(node, syntax.BoolOp):
        return "(" + show(node.left) + " " + node.operator + " " + show(node.right) + ")"
    if isinstance(node, syntax.UnaryOp):
        return node.operator + " " + show(node.operand)
    if isinstance(node, syntax.Call):
        return show(node.function) + "(" + ", ".join([show(argument) for argument in node.arguments]) + ")"
    if isinstance(node, syntax.Attribute):
        return show(node.value) + "." + node.attribute
    if isinstance(node, syntax.Subscript):
        return show(node.value) + "[" + show(node.index) + "]"
    if isinstance(node, syntax.Slice):
        return show(node.value) + "[slice]"
    if isinstance(node, syntax.ListDisplay):
        return "[" + ", ".join([show(item) for item in node.items]) + "]"
    if isinstance(node, syntax.TupleDisplay):
        return "(" + ", ".join([show(item) for item in node.items]) + ")"
    if isinstance(node, syntax.DictDisplay):
        return "{" + str(len(node.keys)) + " entries}"
    if isinstance(node, syntax.IfExpression):
        return show(node.when_true) + " if " + show(node.test) + " else " + show(node.when_false)
    if isinstance(node, syntax.ListComprehension):
        return "[" + show(node.element) + " for " + show(node.target) + " in " + show(node.iterable) + "]"
    return "?"


def walk(statements, depth, lines):
    """One line per statement, indented by nesting."""
    indent = "  " * depth
    for statement in statements:
        if isinstance(statement, syntax.FunctionDef):
            lines.append(indent + "def " + statement.name + "(" + ", ".join(statement.parameters) + ")")
            walk(statement.body, depth + 1, lines)
        elif isinstance(statement, syntax.ClassDef):
            base = statement.base
            if base is None:
                base = "-"
            lines.append(indent + "class " + statement.name + " base " + base)
            walk(statement.body, depth + 1, lines)
        elif isinstance(statement, syntax.If):
            lines.append(indent + "if " + show(statement.test))
            walk(statement.body, depth + 1, lines)
            lines.append(indent + "else")
            walk(statement.orelse, depth + 1, lines)
        elif isinstance(statement, syntax.While):
            lines.append(indent + "while " + show(statement.test))
            walk(statement.body, depth + 1, lines)
        elif isinstance(statement, syntax.For):
            lines.append(indent + "for " + show(statement.target) + " in " + show(statement.iterable))
            walk(statement.body, depth + 1, lines)
        elif isinstance(statement, syntax.Try):
            lines.append(indent + "try")
            walk(statement.body, depth + 1, lines)
            for handler in statement.handlers:
                lines.append(indent + "except " + str(handler.class_name) + " as " + str(handler.bound_name))
                walk(handler.body, depth + 1, lines)
        elif isinstance(statement, syntax.Assign):
            lines.append(indent + show(statement.target) + " = " + show(statement.value))
        elif isinstance(statement, syntax.AugmentedAssign):
            lines.append(indent + show(statement.target) + " " + statement.operator + "= " + show(statement.value))
        elif isinstance(statement, syntax.Return):
            if statement.value is None:
                lines.append(indent + "return")
            else:
                lines.append(indent + "return " + show(statement.value))
        elif isinstance(statement, syntax.Raise):
            lines.append(indent + "raise " + show(statement.exception))
        elif isinstance(statement, syntax.ExpressionStatement):
            lines.append(indent + show(statement.value))
        else:
            lines.append(indent + "statement")


def main():
    tokens = tokenize("sample.py", SAMPLE)
    kinds = {}
    for token in tokens:
        kinds[token.kind] = kinds.get(token.kind, 0) + 1
    print(len(tokens), kinds)
    module = parse_module("sample", "sample.py", SAMPLE)
    lines = []
    walk(module.body, 0, lines)
    for line in lines:
        print(line)
    for bad in ["x = 1\\n  y = $\\n", "name = f'{x}'\\n", "f = lambda: 1\\n", "class A(B, C):\\n    pass\\n",
                "def f(a=1):\\n    pass\\n", "x = 2 ** 8\\n", "try:\\n    pass\\nfinally:\\n    pass\\n"]:
        try:
            parse_module("bad", "bad.py", bad)
            print("accepted")
        except SubsetError as error:
            print("error:", error)


main()
'''


def rewritten_source(name):
    """A translator module's text with `translator.` imports made plain module imports."""
    with open(os.path.join(HERE, "translator", name + ".py")) as handle:
        text = handle.read()
    for module in MODULES:
        text = text.replace("from translator." + module + " import", "from " + module + " import")
        text = text.replace("from translator import " + module + "\n", "import " + module + "\n")
    return text


def write_self_hosting_input(directory):
    """Writes the modules and main.py into directory; returns main.py's path."""
    os.makedirs(directory, exist_ok=True)
    for module in MODULES:
        with open(os.path.join(directory, module + ".py"), "w") as handle:
            handle.write(rewritten_source(module))
    path = os.path.join(directory, "main.py")
    with open(path, "w") as handle:
        handle.write("SAMPLE = " + repr(SAMPLE) + "\n" + MAIN)
    return path


if __name__ == "__main__":
    import sys
    print(write_self_hosting_input(sys.argv[1] if len(sys.argv) > 1 else "/tmp/self_hosting"))
