# compile(), eval() and exec() take an instance of a str or bytes subclass as its text
# (chameleon compiles its Token strings, a str subclass).


class Token(str):
    def strip(self):
        return Token(str.strip(self))


class Raw(bytes):
    pass


code = compile(Token("1 + 2"), "<token>", "eval")
print(eval(code))
print(eval(Token("len('abc')")))
namespace = {}
exec(Token("x = 6 * 7"), namespace)
print(namespace["x"])
exec(Raw(b"y = 'from bytes'"), namespace)
print(namespace["y"])
print(eval(compile(Raw(b"[1, 2][-1]"), "<raw>", "eval")))

import ast
tree = compile(Token("a.b + 1"), "", "eval", ast.PyCF_ONLY_AST)
print(type(tree).__name__, type(tree.body).__name__, tree.body.left.attr)

for bad in (42, None, [1]):
    try:
        compile(bad, "<bad>", "exec")
    except TypeError as error:
        print("TypeError:", error)
    try:
        eval(bad)
    except TypeError as error:
        print("TypeError:", error)
