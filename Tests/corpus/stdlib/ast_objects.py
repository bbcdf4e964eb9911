# compile(..., _ast.PyCF_ONLY_AST) without ast.py: the node objects, their fields and
# positions (UTF-8 byte columns), shared contexts, every mode, and errors.
import _ast


def show(node, depth=0):
    if isinstance(node, list):
        for item in node:
            show(item, depth)
        return
    if not isinstance(node, _ast.AST):
        print("  " * depth + repr(node))
        return
    position = tuple(getattr(node, name) for name in node._attributes)
    print("  " * depth + type(node).__name__, position if position else "")
    for name in node._fields:
        value = getattr(node, name)
        if value is None or value == []:
            continue
        print("  " * depth + " ." + name)
        show(value, depth + 1)


tree = compile("def f(x, *a, k=1):\n    return x + 'é' + a[0]  # é\n", "<src>", "exec", _ast.PyCF_ONLY_AST)
show(tree)
show(compile("[i for i in 'ü' if i] or {1: 2}", "<src>", "eval", _ast.PyCF_ONLY_AST))
show(compile("x = 1", "<src>", "single", flags=_ast.PyCF_ONLY_AST))
show(compile(b"match m:\n    case {'a': [1, *_]} | C(x=None):\n        pass\n", "<src>", "exec", _ast.PyCF_ONLY_AST))

module = compile("a = b\nc = d", "<src>", "exec", 1024)
first, second = module.body
print(first.targets[0].ctx is second.targets[0].ctx, type(first.value.ctx).__name__)
print(type(module).__mro__[1:], isinstance(first, _ast.stmt), isinstance(first.value, _ast.expr))
print(first.type_comment, module.type_ignores, first.__match_args__)
print(compile(module, "<src>", "exec", _ast.PyCF_ONLY_AST) is module)
print(compile("1e999 + 10**30 + 2j + ...", "<src>", "eval", _ast.PyCF_ONLY_AST).body.left.left.left.value)

for source, mode in [("x = (", "exec"), ("x = 1", "eval"), ("a = 1\nb = 2", "single")]:
    try:
        compile(source, "<src>", mode, _ast.PyCF_ONLY_AST)
    except SyntaxError as e:
        print(type(e).__name__)
for arguments in [(3.5, "<src>", "exec", 1024), ("x", "<src>", "nope", 1024), ("x", "<src>", "nope")]:
    try:
        compile(*arguments)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
