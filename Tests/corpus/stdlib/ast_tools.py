# The pure-Python tools of ast.py over parsed trees: walk, visitors, literal_eval,
# unparse, get_docstring, get_source_segment, increment_lineno.
import ast

source = '''"""Module doc."""
import os

def f(a, b=2, *, c):
    """Function doc.

    More text.
    """
    return a + b * c

class K:
    "class doc"
    def m(self):
        return [i ** 2 for i in range(10) if i % 2]
'''
tree = ast.parse(source)
# clean=True (the default) imports inspect for cleandoc.
print(ast.get_docstring(tree, clean=False))
print(repr(ast.get_docstring(tree.body[2], clean=False)))
print(ast.get_docstring(tree.body[3], clean=False), ast.get_docstring(tree.body[3].body[1], clean=False))
print(sorted({type(node).__name__ for node in ast.walk(tree)}))
print(ast.get_source_segment(source, tree.body[2].body[1].value))
print([type(c).__name__ for c in ast.iter_child_nodes(tree.body[2])])
print(list(ast.iter_fields(ast.parse("x.y").body[0].value))[1][0])


class Names(ast.NodeVisitor):
    def __init__(self):
        self.names = []

    def visit_Name(self, node):
        self.names.append((node.id, type(node.ctx).__name__, node.lineno, node.col_offset))
        self.generic_visit(node)


visitor = Names()
visitor.visit(tree)
print(visitor.names)


class Double(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node

    def visit_Import(self, node):
        return None


new = ast.fix_missing_locations(Double().visit(ast.parse("x = 1 + 2\nimport sys\ny = [3, 'a']")))
print(ast.dump(new))
print(ast.unparse(new))
print(ast.unparse(tree))
for text in ["a[1:2, ...]", "lambda *a, k=1, **kw: a", "f'{x!r:>10}'", "(yield)", "x if y else z",
             "{**a, 'b': 1}", "not (a and b) or c", "-x ** 2", "match x:\n    case [1, *r] | {'k': _}:\n        pass",
             "async def f():\n    async with a as b:\n        await c", "del a[0], b.c", "global x"]:
    print(ast.unparse(ast.parse(text)))

for literal in ["1", "-2.5", "'s'", "b'b'", "(1, [2, {3: 'x'}], {4, 5})", "1+2j", "None", "True", "set()",
                "{'a': (1, 2)}", "-(1)", "...", ]:
    print(repr(ast.literal_eval(literal)))
print(ast.literal_eval(ast.parse("[1, 2]", mode="eval")))
for bad in ["x", "f()", "1 + y", "[1, 2][0]"]:
    try:
        ast.literal_eval(bad)
    except ValueError as e:
        print("ValueError:", str(e).split(": <")[0])

t = ast.parse("x = 1\ny = 2")
ast.increment_lineno(t, 10)
print([(s.lineno, s.end_lineno, s.targets[0].lineno) for s in t.body])
