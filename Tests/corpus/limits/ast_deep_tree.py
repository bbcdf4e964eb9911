# compile() of a deep _ast tree: a chain of 800 additions converts both ways within the
# recursion limit.
import _ast

deep = compile("+".join(["1"] * 800), "<src>", "eval", _ast.PyCF_ONLY_AST)
print(eval(compile(deep, "<deep>", "eval")))
