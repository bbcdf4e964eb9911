# ast.parse and ast.dump over a variety of constructs, with and without positions.
import ast

SOURCES = [
    "x = 1 + 2 * 3",
    "a, *b = c[1:2, ::3]",
    "def f(a, /, b: int = 1, *args, c, d=2, **kw) -> str:\n    'doc'\n    return a",
    "async def g():\n    async for x in y:\n        await z\n    async with a as b, c:\n        yield\n",
    "@dec\nclass C(B, metaclass=M):\n    x: int = 3\n    y: 'str'\n",
    "try:\n    pass\nexcept (E, F) as e:\n    raise X from e\nexcept:\n    pass\nelse:\n    x\nfinally:\n    y",
    "try:\n    pass\nexcept* ValueError:\n    pass",
    "with open(f) as (a, b):\n    del a, b[0], c.d",
    "import a.b as c, d\nfrom ..m import (x as y, z)\nfrom . import w",
    "global g\ndef h():\n    nonlocal n",
    "lambda x, *y, z=3, **w: (x, y)",
    "[x for x in y if x if not x]; {k: v for k, v in d.items()}; {s for s in t}; (g async for g in h)",
    "f'{a!r:>{w}} and {b=} {c:.3f}'; 'head' f'{x}'",
    "b'bytes'; u'text' r'\\raw'; 1j; 1.5e10; 0x1F; 10**100; ...; None; True; False; 1e999",
    "a if b else c; not a and b or c; a < b <= c is not d not in e",
    "x += 1; y @= z; w //= 2; v **= 3; u >>= 1",
    "(y := 10); print(*args, **kwargs, sep='')",
    "while x:\n    break\nelse:\n    continue",
    "assert x, 'message'\nfor i in range(3):\n    pass\nelse:\n    pass",
    "match p:\n    case 1 | 2 as n:\n        pass\n    case [a, *rest]:\n        pass\n    case {'k': v, **kw}:\n        pass\n    case Point(x=0, y=_) if x:\n        pass\n    case None:\n        pass\n    case -1+2j:\n        pass\n    case str() | bytes():\n        pass\n    case (*_,):\n        pass",
    "x = 'naïve'; y = 'ü' + z  # non-ASCII columns are UTF-8 bytes",
    "",
]

for source in SOURCES:
    tree = ast.parse(source)
    print(ast.dump(tree))
    print(ast.dump(tree, include_attributes=True))

print(ast.dump(ast.parse("1 + x", mode="eval"), include_attributes=True))
print(ast.dump(ast.parse("x = 1", mode="single")))
print(ast.dump(compile("a.b", "<s>", "eval", ast.PyCF_ONLY_AST)))
print(ast.dump(ast.parse(b"y = 2")))
print(ast.dump(ast.parse("def f():\n    return [\n        1,\n        2]\n"), indent=2, include_attributes=True))

tree = ast.parse("x = 1")
print(type(tree).__name__, type(tree.body[0]).__name__, tree.body[0].lineno, tree.body[0].end_col_offset)
print(tree.body[0].targets[0].ctx.__class__.__name__, tree.body[0].type_comment)
print(isinstance(tree.body[0].value, ast.Constant), isinstance(tree.body[0].value, ast.Num), tree.body[0].value.n)
print(compile(tree, "<t>", "exec", ast.PyCF_ONLY_AST) is tree)

for bad in ["x = (1", "def f(:\n  pass", "  x = 1", "return 1 +"]:
    try:
        ast.parse(bad)
    except SyntaxError as e:
        print(type(e).__name__)

# Constant.kind: 'u' only for a lower-case u prefix on the first literal.
for source in ["u'a'", "U'a'", "'a' u'b'", "u'a' 'b' f'{x}' 'c'", "f'{x}' u'a'", "u'' f'{x}'", "u'a' f'{x:>3}'", "u'a' f'{x:>{y}}'",
               "u'a' f'{x:>{y}<}'"]:
    print(ast.dump(ast.parse(source).body[0].value))

# Positions of format-spec text in concatenated f-strings.
for source in ["f'{a:>3}' 'tail'", "f'{a:>{w}}' 'tail'", "f'{a:>{w}<}' 'tail'", "'head' f'{a:>{w}}'"]:
    print(ast.dump(ast.parse(source).body[0].value, include_attributes=True))
