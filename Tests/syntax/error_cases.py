"""Sources that CPython 3.11 rejects, one per entry, used to compare Tern's
SyntaxError kind, message, line and offset with CPython's."""

CASES = [
    # Generic and structural.
    "x = $\n", "x = 3.4.5\n", "f(1 2)\n", "[a b]\n", "x = (1 2)\n", "if x\n  pass\n", "class A\n  pass\n",
    "def f()\n  pass\n", "while x\n  pass\n", "for x in y\n  pass\n", "with a\n  pass\n", "try\n  pass\n",
    "x = 1\n  y = 2\n", "if x:\npass\n", "def f():\nreturn 1\n", "class A:\nx = 1\n", "for x in y:\nx\n",
    "while x:\nx\n", "with a:\nx\n", "try:\nx\n", "try:\n  x\nexcept:\nx\n", "try:\n  x\nfinally:\nx\n",
    "if x:\n  a\nelse:\nb\n", "if x:\n  a\nelif y:\nb\n", "try:\n  x\nexcept* E:\ny\n", "def f():\n  x\n\nif x:\n",
    "if x:\n  a\n b\n", "if x:\n\ta\n        b\n", "if x:\n        a\n\tb\n",
    # Tokenizer errors.
    "x = \"abc\n", "x = 'abc\n", "x = \"\"\"abc\n\n", "x = '''\n\n\n", "x = 1abc\n", "x = 012\n", "x = 0x\n",
    "x = 0o8\n", "x = 0b2\n", "x = 1_\n", "x = 1e\n", "x = 1.e\n", "x = 5j1\n", "x=0xg\n", "x=1__0\n", "x=0_7\n",
    "x = \u20ac\n", "x = \u00a0\n", "x = (1,\ny = 2\n", "x = (1,\n", "x = )\n", "x = (]\n", "x = [1,\n  2)\n",
    "x = 1 \\ 2\n", "x = 1 \\", "f(\n1,\n2\nx = 3\n", "x = [1, 2\ny = 3 4\n",
    # Invalid targets.
    "f() = 1\n", "1 = x\n", "x + 1 = 2\n", "x = 1 = 2\n", "f() = x = 1\n", "a, f() = 1\n", "[a, 1] = x\n",
    "True = 1\n", "None = 1\n", "(a, b) += 1\n", "f() += 1\n", "del 1\n", "del f()\n", "del (a, 1)\n",
    "for 1 in x: pass\n", "with a as 1: pass\n", "[x for 1 in y]\n", "x = yield = 1\n", "*a = 1\n",
    "a < b = 1\n", "not a = 1\n", "lambda: 1 = 1\n", "[x for x in y] = 1\n", "x: int, y: int = 1\n",
    "(x, y): int\n", "f(): int\n", "a.b := 1\n", "(a.b := 1)\n", "x = a if b else c = 1\n", "{} = 1\n",
    # Calls and comprehensions.
    "f(x=1, y)\n", "f(**k, y)\n", "f(**k, *a)\n", "f(a for a in b, c)\n", "f(c, a for a in b)\n",
    "f(1=2)\n", "f(a.b=1)\n", "f(True=1)\n", "[*a for a in b]\n", "{*a for a in b}\n", "{**a for a in b}\n",
    "(*a)\n", "x = 1 if y\n",
    # Parameters.
    "def f(x=1, y): pass\n", "def f(*): pass\n", "def f(*, **k): pass\n", "def f(/, a): pass\n",
    "def f(a, /, b, /): pass\n", "def f(*a, /): pass\n", "def f(*a, *b): pass\n", "def f(**k, a): pass\n",
    "def f(*a=1): pass\n", "lambda x=1, y: x\n",
    # Strings and f-strings.
    "x = b\"a\" \"b\"\n", "x = \"\\x4\"\n", "x = \"ab\\x4g\"\n", "x = b\"\\x4\"\n", "x = \"\\N{foo}\"\n",
    "x = b\"\u00e9\"\n", "x = \"\\u12\"\n", "x = f\"{a b}\"\n", "x = f\"{}\"\n", "x = f\"{lambda: 1}\"\n", "x = f\"{a!x}\"\n", "x = f\"{a\"\n",
    "x = f\"{a\\n}\"\n", "x = f\"}\"\n", "x = f\"{a + }\"\n", "x = f\"{#}\"\n", "x = f\"{x:{y:{z}}}\"\n",
    "x = f\"{)}\"\n", "x = f\"{a!}\"\n", "x = f\"{a!r\"\n", "x = f\"{a:x\"\n", "x = f\"{*a}\"\n",
    # Statements.
    "print 'hello'\n", "print x\n", "exec 'x'\n", "from x import a,\n", "import a.b as c.d\n", "from . import *, a\n",
    "try:\n  x\n", "try:\n  x\nexcept E, F:\n  y\n", "try:\n  x\nexcept E:\n  y\nexcept* F:\n  z\n",
    "try:\n  x\nexcept*:\n  y\n", "else:\n  x\n", "x = 1 +\n", "return\nx = \n", "a = 1; ; b = 2\n",
    "@dec\nx = 1\n", "global\n", "del\n", "assert\n", "if x:\n  pass\n  else:\n  pass\n",
    "async x = 1\n", "def f(:\n  pass\n", "class A(:\n  pass\n", "x = {1: 2, 3}\n", "x = {1, 2: 3}\n",
    # Found by mutation_errors.py: where CPython's two passes place the error.
    "x = (1 +\n", "d[a = 1\n", "f(x=1, y\n", "x = (1, $\n", "[a = 1]\n", "[f() = 1]\n", "if x = 1:\n  pass\n",
    "x = [a, b c]\n", "g(c c)\n", "g(ma a)\n", "f(1, x for y)\n", "f(1, x for)\n", "x = a if b[-1 != 2 else 3\n",
    "x = {1: 2, (a) (b), 3: 4}\n", "x = {*k: v}\n", "p, q q = 1\n", "a = b c\n", "import os.\n",
    "if path  not None:\n  pass\n", "(a and\n b):\n", "x:\n", "def f(x=): pass\n", "def f(a=1, b b=2): pass\n",
    "def f(*, =None): pass\n", "def f(**k k): pass\n", "def f(self)->:\n  pass\n", "def f( (a)): pass\n",
    "lambda (x): 1\n", "try:\n  x\nexcept E,:\n  y\n", "class A B:\n  pass\n", "with a b:\n  pass\n",
    "for x in y z:\n  pass\n", "for k *in y:\n  pass\n", "x = [k for k v in y]\n", "x = [k for c v in y]\n",
    "x = *a\n", "*a\n", "x += *a\n", "x = 1  # comment\ny = = 2\n",
    "if 1:\n     try:\n    x = 1\n", "def f():\n    x = 1\n     = 2\n    y = 3\n",
    "try:\n    pass\n  except E:\n    pass\n", "memo{[1].append(x)\ny = 2\n",
    "x = '''abc\ndef\n", "s = 'a\\\nb\n", "x = 1\nif x:\n\tpass\n        pass\n",
    "x[] = 1\n", "f(x[])\n", "f(a, x[], b)\n", "y = x[]\n", "if x:\n    @dec\n", "@dec\n\n\n",
    "if x:\n    @dec\ny = 1\n", "print( (1, b, file=c)\n", "x = (" + "(" * 200 + ")" * 201 + "\n",
    # The match statement (soft keywords, patterns).
    "match x\n    case 1: pass\n", "match x:\npass\n", "match x:\n    case 1\n        pass\n",
    "match x:\n    case 1:\n    pass\n", "match x:\n    case 1+2: pass\n", "match x:\n    case 1j+2j: pass\n",
    "match x:\n    case -1j-2j: pass\n", "match x:\n    case a as _: pass\n", "match x:\n    case a as 1: pass\n",
    "match x:\n    case a as b.c: pass\n", "match x:\n    case C(a=1, b, c): pass\n",
    "match x:\n    case C(a=1, b, c=2): pass\n", "match x:\n    case *a: pass\n", "match x:\n    case {**_}: pass\n",
    "match x:\n    case {**r, 'a': 1}: pass\n", "match x:\n    case 1 + 2j + 3j: pass\n", "match *x:\n    case 1: pass\n",
    "match x:\n    case 1 if x = 2: pass\n", "match x:\n    case -a: pass\n", "match x:\n    pass\n",
    "match x:\n    case _(): pass\n", "match x:\n    case a.b(c=1, d): pass\n",
    "match x: pass\n", "match x y\n", "match(x)\nmatch x\n", "match:\n    case _: pass\n",
    "match x:\n    case {__debug__: 1}:\n        pass\n", "match x:\n    case {**rest, **more}:\n        pass\n",
    "match x:\n    case 1 as a as b:\n        pass\n", "match x:\n    case -(1):\n        pass\n",
    "match x:\n    case 1:\n        pass\n    else:\n        pass\n", "match x:\n    case C(*a):\n        pass\n",
]
