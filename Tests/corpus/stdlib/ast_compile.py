# compile(tree, filename, mode) of _ast trees: parsed, changed and hand-built ones, and
# the errors for trees that are incomplete or wrong (without ast.py, only _ast).
import _ast


def parse(source, mode="exec"):
    return compile(source, "<src>", mode, _ast.PyCF_ONLY_AST)


def located(node, line=1):
    for name in node._fields:
        value = getattr(node, name, None)
        for child in value if isinstance(value, list) else [value]:
            if isinstance(child, _ast.AST):
                located(child, line)
    if "lineno" in node._attributes and getattr(node, "lineno", None) is None:
        node.lineno, node.col_offset = line, 0
    return node


tree = parse("def f(x, *a, k=1):\n    return [i * x for i in a if i] + [k]\nprint(f(2, 1, 0, 3, k='z'))\n"
             "match [1, 2]:\n    case [1, *r]:\n        print('r', r)\n"
             "class C:\n    y: int = 4\n    def m(self):\n        return self.y\nprint(C().m(), 'é', b'b', 2j, 10**40, ...)\n")
exec(compile(tree, "<tree>", "exec"))
print(eval(compile(parse("1 + 2 * 3", "eval"), "<e>", "eval")))
exec(compile(parse("y = 5", "single"), "<s>", "single"))
print(y)

tree = parse("x = 21\nprint(x, 'a')")
tree.body[0].value.value = 42
tree.body[1].value.args.append(_ast.Constant("added", lineno=2, col_offset=0))
exec(compile(tree, "<changed>", "exec"))

built = _ast.Module(body=[_ast.Expr(_ast.Call(_ast.Name("print", _ast.Load()), [_ast.Constant("built")], []))], type_ignores=[])
exec(compile(located(built), "<built>", "exec"))
code = compile(located(_ast.Expression(_ast.BinOp(_ast.Constant(6), _ast.Mult(), _ast.Constant(7)))), "<built>", "eval")
print(type(code).__name__, eval(code))

try:
    exec(compile(parse("def g():\n    1/0\ng()"), "<traced>", "exec"))
except ZeroDivisionError as e:
    print("line", e.__traceback__.tb_next.tb_next.tb_lineno)

load, store = _ast.Load(), _ast.Store()
bad_trees = [
    _ast.Module(body=[_ast.Expr(_ast.Name("x", load))]),
    _ast.Module(body=[_ast.Expr(_ast.Name("x", load), lineno=1, col_offset=0)], type_ignores=[]),
    _ast.Module(body=[_ast.Pass(lineno=1, col_offset=0)]),
    _ast.Module(body=3, type_ignores=[]),
    _ast.Module(body=[_ast.Name("x", load)], type_ignores=[]),
    _ast.Module(body=[_ast.Name("x", load, lineno=1, col_offset=0)], type_ignores=[]),
    located(_ast.Module([_ast.Expr(_ast.Constant([1]))], [])),
    located(_ast.Module([_ast.Expr(_ast.expr())], [])),
    _ast.Expression(body=_ast.Name("x", load, lineno=1, col_offset=0)),
    located(_ast.Module([_ast.Assign(targets=[_ast.Name("x", load)], value=_ast.Constant(1))], [])),
    located(_ast.Module([_ast.If(_ast.Constant(1), [], [])], [])),
    located(_ast.Module([_ast.Expr(_ast.Name(3, load))], [])),
    located(_ast.Module([_ast.Expr(_ast.BinOp(_ast.Constant(1), _ast.Add(), _ast.Name("y", store)))], [])),
    located(_ast.Module([_ast.Assign(targets=[], value=_ast.Constant(1))], [])),
    located(_ast.Module([_ast.Return(_ast.Constant(1))], [])),
]
for tree in bad_trees:
    try:
        compile(tree, "<bad>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(type(e).__name__)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, str(e).split(" at 0x")[0])
