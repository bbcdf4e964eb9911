"""Snippets whose AST dump must equal CPython's; gen_swift_tests.py turns them
(with CPython's dumps) into Tests/TernTests/ParserDumpCases.swift."""

CASES = [
    # Simple statements.
    "pass\nbreak\ncontinue\n", "return\nreturn x\nreturn *a, b\n", "raise\nraise E\nraise E from c\n",
    "global a, b\nnonlocal c\n", "del a, b[1], c.d\ndel (a, b)\ndel [a]\ndel a,\n", "assert x\nassert x, 'm'\n",
    "import a\nimport a.b.c as d, e\n", "from a import b\nfrom .a import b as c, d\nfrom .. import x\nfrom ...a.b import (c, d,)\nfrom a import *\n",
    "x = 1\na = b = c\na, b = c\n[a, *b] = c\na.b = c[d] = e\n", "x += 1\nx -= 1\nx *= 1\nx /= 1\nx //= 1\nx %= 1\nx **= 1\nx @= 1\nx |= 1\nx &= 1\nx ^= 1\nx <<= 1\nx >>= 1\n",
    "x: int\nx: int = 1\n(x): int = 1\na.b: str\na[0]: t = v\n", "x = yield\nx = yield y\nx = yield from z\nyield a, b\n",
    "a; b; c;\n", "x = *a, *b\n",
    # Compound statements.
    "if a:\n  b\nelif c:\n  d\nelif e:\n  f\nelse:\n  g\n", "while a:\n  b\nelse:\n  c\n",
    "for a, b in c:\n  d\nelse:\n  e\nfor x, in y: pass\nfor *a, b in c: pass\n",
    "with a: pass\nwith a as b, c as (d, e): pass\nwith (a as b, c): pass\nwith (a, b): pass\nwith (a) as b: pass\nwith (yield): pass\n",
    "try:\n  a\nexcept E:\n  b\nexcept (F, G) as e:\n  c\nexcept:\n  d\nelse:\n  e\nfinally:\n  f\n",
    "try:\n  a\nfinally:\n  b\n", "try:\n  a\nexcept* E as e:\n  b\nexcept* F:\n  c\n",
    "@a\n@b.c(d)\ndef f(x, y=1, *args, z, w=2, **kw) -> int:\n  '''doc'''\n  return x\n",
    "def f(a, b, /, c, d=1, *, e, f=2): pass\ndef g(a=1, /, b=2): pass\ndef h(*, a): pass\ndef i(a: int, *b: str, **c: float): pass\n",
    "class A: pass\nclass B(A, metaclass=M, **kw): x = 1\n@d\nclass C(): pass\n",
    "async def f():\n  await x\n  async for a in b: pass\n  async with c as d: pass\n  [x async for x in y]\n  return await f(x) ** 2\n",
    # Expressions.
    "a or b or c\na and b\nnot a\na and not b or c\n", "a if b else c\na if b else c if d else e\n",
    "(x := 1)\nf(y := 2)\n[z := 3, 4]\nif (n := len(a)) > 10: pass\n",
    "a + b - c * d / e // f % g @ h\na ** b ** c\n-a ** b\n~a\n+a\na << b >> c & d ^ e | f\n",
    "a < b <= c > d >= e == f != g\na in b not in c is d is not e\n",
    "lambda: 0\nlambda x: x\nlambda x, y=1, *a, z, **k: x\nlambda *, a: a\nlambda a, /, b: a\n",
    "f()\nf(a, b)\nf(*a, **b)\nf(a, *b, c=1, **d)\nf(x for x in y)\nf(a=1, *b)\nf(**a, b=1)\n",
    "a.b.c\na[1]\na[1:2]\na[1:2:3]\na[:]\na[::]\na[::2]\na[1:]\na[:, 1]\na[1, 2]\na[1:2, ::3]\na[*b]\na[b, *c]\na[x:=1]\n",
    "[]\n[1, 2]\n[*a, b]\n()\n(1,)\n(1, 2)\n{}\n{1: 2, **a, 3: 4}\n{1, *a}\n",
    "[x for x in y]\n[x for x in y if x if z for w in x]\n{x for x in y}\n{k: v for k, v in d}\n(x for x in y)\n[(a, b) for a in c for b in d]\n",
    "...\nNone\nTrue\nFalse\n",
    # Literals.
    "0\n1_000\n0x_ff\n0o17\n0b1010\n00\n1.5\n1.\n.5\n1e10\n1E-5\n1_0.0_1e1_0\n3j\n1.5J\n0j\n",
    "9223372036854775807\n9223372036854775808\n0xffffffffffffffffffff\n0o7777777777777777777777777\n0b" + "1" * 70 + "\n",
    "1e400\n1e-400\n1e16\n1e15\n123456789012345678.0\n0.1\n1e-5\n0.0001\n",
    "'a'\n\"b\"\n'''c'''\n\"\"\"d\ne\"\"\"\nr'\\n'\nR'\\d'\nb'x'\nB\"y\"\nrb'\\x'\nBR'z'\nu'w'\n",
    "'\\n\\t\\r\\\\\\'\\\"\\a\\b\\f\\v\\0\\12\\777\\x41\\u00e9\\U0001F600\\N{BULLET}\\q'\n",
    "b'\\n\\t\\x00\\xff\\777\\u1234\\q'\n", "'a' 'b'\nb'a' b'b'\n'a' \\\n  'b'\n('a'\n 'b')\n",
    "'\\\\\\n'\n'line\\\ncontinued'\n'\u00e9\u4e2d\U0001F600'\n'\\x7f\\x80\\xa0\\u2028'\n",
    # f-strings.
    "f''\nf'a'\nf'{x}'\nf'{x!r}'\nf'{x!s:>10}'\nf'{x!a}'\nf'{{}}'\nf'a{{b}}c{d}e'\n",
    "f'{x=}'\nf'{x = }'\nf'{x=!s}'\nf'{x=:>5}'\nf'{x:{w}.{p}f}'\nf'{x:}'\n",
    "f'{a, b}'\nf'{*a,}'\nf'{yield}'\nf'{x for x in y}'\nf'{(lambda: 1)}'\nf'{a if b else c}'\nf'{a!=b}'\nf'{a:=5}'\n",
    "'a' f'b{c}d' 'e'\nf'{a}' f'{b}'\nrf'\\n{x}'\nf'\\n{x}\\t'\nf'''{\nx\n}'''\nf'{\"a\"}'\nf\"{'b'}\"\nf'{x[\"k\"]}'\n",
    "f'{3.14:.2f} {d[\"k\"]!r:^{w}}'\nf'{f\"{x}\"}'\n",
    # Layout.
    "if x:\n\tif y:\n\t\tpass\n", "x = (1,\n     2)\ny = [\n  3,\n]\n", "x = 1 + \\\n  2\n",
    "if a:\n  # comment\n\n  b\n# end\n", "x = 1\r\ny = 2\r\n", "if x:\n  pass\n\n\n\n", "x = 1  # trailing",
    "def f():\n  return\n\n\nclass A:\n  def g(self): pass\n", "1if x else 2\n[0for x in y]\n",
    # The match statement and its patterns; match and case as names.
    "match x:\n    case 0 | -1 | 1+2j | -3-4j | 'a' 'b' | b'c' | None | True | C.x.y:\n        pass\n",
    "match a, *b:\n    case [x, *r] | (x, *_, *r) if x:\n        pass\n    case {1: y, 'k': [z], **rest} | {}:\n        pass\n",
    "match (x):\n    case P(1, y=z) as q:\n        pass\n    case (w) | [] | ():\n        pass\n    case a, b,:\n        pass\n    case _:\n        pass\n",
    "match = 1\ncase = 2\nmatch(x)\nmatch[x]\nmatch.x = case\nmatch[x]: int = 1\nprint(match, case)\n",
    "match x := f():\n    case str() | bytes():\n        pass\n",
]
