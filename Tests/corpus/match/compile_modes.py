# match statements through compile() and exec() in each mode, and their compile errors.
sources = [
    ("single", "match 1:\n    case 1:\n        print('one')\n"),
    ("single", "match 1:\n    case 1:\n        pass\nx = 1\n"),
    ("single", "match = 3\n"),
    ("exec", "match [1, 2]:\n    case [a, b]:\n        print(a + b)\n"),
    ("exec", "match x:\n    case [a, a]:\n        pass\n"),
    ("exec", "match x:\n    case {'k': 1, 'k': 2}:\n        pass\n"),
    ("exec", "match x:\n    case 1 + 2:\n        pass\n"),
    ("exec", "match x\n    case 1:\n        pass\n"),
    ("exec", "match x:\n    case y:\n        pass\n    case 2:\n        pass\n"),
]
for mode, source in sources:
    try:
        code = compile(source, "<input>", mode)
    except SyntaxError as error:
        print(mode, "SyntaxError:", error.args[0])
        continue
    exec(code, {"x": 0})
    print(mode, "ran")

# The names a match binds inside exec() land in the namespace given.
namespace = {}
exec("match {'a': 1, 'b': [2, 3]}:\n    case {'a': a, 'b': [*rest]}:\n        pass\n", namespace)
print(namespace["a"], namespace["rest"])
