"""A recursive-descent parser and tree-walking evaluator for arithmetic with variables and functions."""


class ParseError(Exception):
    pass


class EvalError(Exception):
    pass


def tokenize(text):
    tokens = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(text) and (text[j].isdigit() or text[j] == "."):
                j += 1
            literal = text[i:j]
            tokens.append(("num", float(literal) if "." in literal else int(literal)))
            i = j
        elif ch.isalpha():
            j = i
            while j < len(text) and (text[j].isalnum() or text[j] == "_"):
                j += 1
            tokens.append(("name", text[i:j]))
            i = j
        elif text.startswith("**", i):
            tokens.append(("op", "**"))
            i += 2
        elif ch in "+-*/%(),=":
            tokens.append(("op", ch))
            i += 1
        else:
            raise ParseError(f"unexpected {ch!r} at {i}")
    tokens.append(("end", None))
    return tokens


class Parser:
    """Grammar: stmt := name '=' expr | expr; expr := term (('+'|'-') term)*; term := unary (('*'|'/'|'%') unary)*;
    unary := '-' unary | power; power := atom ('**' unary)?; atom := num | name | name '(' args ')' | '(' expr ')'."""

    def __init__(self, tokens):
        self.tokens = tokens
        self.index = 0

    def peek(self):
        return self.tokens[self.index]

    def take(self, kind=None, value=None):
        token = self.tokens[self.index]
        if kind is not None and token[0] != kind or value is not None and token[1] != value:
            raise ParseError(f"expected {value or kind}, found {token[1]!r}")
        self.index += 1
        return token

    def statement(self):
        if self.peek()[0] == "name" and self.tokens[self.index + 1] == ("op", "="):
            name = self.take("name")[1]
            self.take("op", "=")
            node = ("assign", name, self.expression())
        else:
            node = self.expression()
        self.take("end")
        return node

    def expression(self):
        node = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.take()[1]
            node = ("binary", op, node, self.term())
        return node

    def term(self):
        node = self.unary()
        while self.peek() in (("op", "*"), ("op", "/"), ("op", "%")):
            op = self.take()[1]
            node = ("binary", op, node, self.unary())
        return node

    def unary(self):
        if self.peek() == ("op", "-"):
            self.take()
            return ("negate", self.unary())
        return self.power()

    def power(self):
        base = self.atom()
        if self.peek() == ("op", "**"):
            self.take()
            return ("binary", "**", base, self.unary())
        return base

    def atom(self):
        kind, value = self.peek()
        if kind == "num":
            self.take()
            return ("num", value)
        if kind == "name":
            self.take()
            if self.peek() == ("op", "("):
                self.take()
                args = []
                if self.peek() != ("op", ")"):
                    args.append(self.expression())
                    while self.peek() == ("op", ","):
                        self.take()
                        args.append(self.expression())
                self.take("op", ")")
                return ("call", value, args)
            return ("var", value)
        if (kind, value) == ("op", "("):
            self.take()
            node = self.expression()
            self.take("op", ")")
            return node
        raise ParseError(f"unexpected token {value!r}")


def builtin_max(*values):
    if not values:
        raise EvalError("max of nothing")
    return max(values)


FUNCTIONS = {
    "abs": abs,
    "max": builtin_max,
    "min": lambda *v: min(v),
    "sqrt": lambda x: x ** 0.5,
    "fact": lambda n: 1 if n <= 1 else n * FUNCTIONS["fact"](n - 1),
}


class Interpreter:
    def __init__(self):
        self.variables = {"pi": 3.141592653589793}

    def evaluate(self, node):
        kind = node[0]
        if kind == "num":
            return node[1]
        if kind == "var":
            if node[1] not in self.variables:
                raise EvalError(f"undefined variable {node[1]}")
            return self.variables[node[1]]
        if kind == "assign":
            value = self.evaluate(node[2])
            self.variables[node[1]] = value
            return value
        if kind == "negate":
            return -self.evaluate(node[1])
        if kind == "call":
            if node[1] not in FUNCTIONS:
                raise EvalError(f"unknown function {node[1]}")
            return FUNCTIONS[node[1]](*[self.evaluate(arg) for arg in node[2]])
        op, left, right = node[1], self.evaluate(node[2]), self.evaluate(node[3])
        try:
            if op == "+":
                return left + right
            if op == "-":
                return left - right
            if op == "*":
                return left * right
            if op == "/":
                return left / right
            if op == "%":
                return left % right
            return left ** right
        except ZeroDivisionError:
            raise EvalError("division by zero") from None

    def run(self, line):
        return self.evaluate(Parser(tokenize(line)).statement())


def show(node):
    kind = node[0]
    if kind == "num":
        return repr(node[1])
    if kind == "var":
        return node[1]
    if kind == "assign":
        return f"{node[1]} := {show(node[2])}"
    if kind == "negate":
        return f"(-{show(node[1])})"
    if kind == "call":
        return f"{node[1]}({', '.join(show(a) for a in node[2])})"
    return f"({show(node[2])} {node[1]} {show(node[3])})"


session = [
    "1 + 2 * 3",
    "(1 + 2) * 3",
    "2 ** 3 ** 2",
    "-2 ** 2",
    "x = 10",
    "y = x * 2.5 - 1",
    "x % 3 + y / 4",
    "max(x, y, 7) + min(3, abs(-8))",
    "fact(20)",
    "sqrt(2) * sqrt(2)",
    "r = 2",
    "pi * r ** 2",
    "1 / 0",
    "undefined + 1",
    "nothing(1)",
    "3 +",
    "4 $ 4",
    "max()",
    "(1 + 2",
]
interpreter = Interpreter()
for line in session:
    try:
        tree = Parser(tokenize(line)).statement()
        print(f"{line:<32} {show(tree):<40} => {interpreter.evaluate(tree)!r}")
    except (ParseError, EvalError) as error:
        print(f"{line:<32} {type(error).__name__}: {error}")
print(sorted(interpreter.variables.items()))
