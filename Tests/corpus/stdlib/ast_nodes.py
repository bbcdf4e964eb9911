# The _ast classes: fields, attributes, hierarchy, constructors and their errors.
import ast
import _ast

print(_ast.PyCF_ONLY_AST, _ast.PyCF_TYPE_COMMENTS, _ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
print(ast.Name._fields, ast.Name.__match_args__, ast.expr._attributes, ast.Name._attributes)
print(ast.FunctionDef._fields, ast.arguments._fields, ast.arguments._attributes)
print(ast.pattern._attributes, ast.MatchAs._fields, ast.match_case._fields, ast.TypeIgnore._fields)
print(ast.Name.__module__, ast.AST.__module__, ast.Name.__doc__, ast.Load.__doc__)
print(ast.expr_context.__doc__)
print(ast.mod.__doc__)
print(issubclass(ast.Add, ast.operator), issubclass(ast.operator, ast.AST), issubclass(ast.Name, ast.expr))
print(issubclass(ast.ExceptHandler, ast.excepthandler), issubclass(ast.MatchOr, ast.pattern), issubclass(ast.arg, ast.AST))
print(ast.Name.__bases__, ast.expr.__bases__, ast.AST.__bases__)
print(ast.FunctionDef.returns, ast.Constant.kind, ast.expr.end_lineno, ast.ImportFrom.level)

n = ast.Name("x", ast.Load())
print(ast.dump(n), n.id, n.ctx.__class__.__name__)
n = ast.Name(id="y", ctx=ast.Store(), lineno=3, col_offset=4)
print(ast.dump(n, include_attributes=True))
n = ast.Name("z", foo=5)
print(n.id, n.foo, hasattr(n, "ctx"), sorted(vars(n)))
f = ast.FunctionDef()
print(vars(f), f.returns, hasattr(f, "body"))
print(ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2)).op.__class__.__name__)
print(ast.Load().__reduce__()[0].__name__, ast.Expr(1).__reduce__()[1:])

for make in [lambda: ast.Name(1, 2, 3), lambda: ast.Expr(1, 2), lambda: ast.Load(1),
             lambda: ast.AST(1), lambda: ast.Name("a", id="b"), lambda: ast.BinOp(1, 2, 3, 4)]:
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)


class Custom(ast.AST):
    _fields = ("a", "b")


c = Custom(1, b=2)
print(c.a, c.b, ast.dump(c))

match ast.parse("f(1)").body[0]:
    case ast.Expr(ast.Call(ast.Name(name), [ast.Constant(value)])):
        print("matched", name, value)

print(ast.dump(ast.fix_missing_locations(ast.Expression(ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2)))),
               include_attributes=True))
print(ast.dump(ast.copy_location(ast.Name("q", ast.Load()), ast.parse("  (x)").body[0].value if False else ast.parse("(x)").body[0].value), include_attributes=True))
try:
    compile(42, "<x>", "exec")
except TypeError as e:
    print(e)
try:
    compile("x", "<x>", "bogus", ast.PyCF_ONLY_AST)
except ValueError as e:
    print(e)
