"""A small interpreter: tokenizes, parses and evaluates a tiny language of integers, variables and loops."""


class InterpreterError(Exception):
    pass


class ParseError(InterpreterError):
    pass


class RuntimeFault(InterpreterError):
    pass


class Token:
    def __init__(self, kind, text):
        self.kind = kind
        self.text = text


def tokenize(source):
    tokens = []
    index = 0
    while index < len(source):
        char = source[index]
        if char == " " or char == "\n":
            index += 1
        elif char.isdigit():
            start = index
            while index < len(source) and source[index].isdigit():
                index += 1
            tokens.append(Token("number", source[start:index]))
        elif char.isalpha():
            start = index
            while index < len(source) and (source[index].isalpha() or source[index].isdigit()):
                index += 1
            word = source[start:index]
            if word in ["while", "do", "end", "print", "if", "then", "else"]:
                tokens.append(Token("keyword", word))
            else:
                tokens.append(Token("name", word))
        elif char in "+-*/%<>=();":
            if source[index:index + 2] == "==" or source[index:index + 2] == "<=":
                tokens.append(Token("operator", source[index:index + 2]))
                index += 2
            else:
                tokens.append(Token("operator", char))
                index += 1
        else:
            raise ParseError("unexpected character " + repr(char))
    tokens.append(Token("end", ""))
    return tokens


class Node:
    def evaluate(self, env):
        raise RuntimeFault("abstract node")

    def show(self):
        return "?"


class Number(Node):
    def __init__(self, value):
        self.value = value

    def evaluate(self, env):
        return self.value

    def show(self):
        return str(self.value)


class Variable(Node):
    def __init__(self, name):
        self.name = name

    def evaluate(self, env):
        if self.name not in env:
            raise RuntimeFault("undefined variable " + self.name)
        return env[self.name]

    def show(self):
        return self.name


class Binary(Node):
    def __init__(self, operator, left, right):
        self.operator = operator
        self.left = left
        self.right = right

    def evaluate(self, env):
        a = self.left.evaluate(env)
        b = self.right.evaluate(env)
        op = self.operator
        if op == "+":
            return a + b
        if op == "-":
            return a - b
        if op == "*":
            return a * b
        if op == "/":
            if b == 0:
                raise RuntimeFault("division by zero in " + self.show())
            return a // b
        if op == "%":
            return a % b
        if op == "<":
            return 1 if a < b else 0
        if op == "<=":
            return 1 if a <= b else 0
        if op == "==":
            return 1 if a == b else 0
        return 1 if a > b else 0

    def show(self):
        return "(" + self.left.show() + " " + self.operator + " " + self.right.show() + ")"


class Statement:
    def execute(self, env, output):
        pass


class Assign(Statement):
    def __init__(self, name, value):
        self.name = name
        self.value = value

    def execute(self, env, output):
        env[self.name] = self.value.evaluate(env)


class Print(Statement):
    def __init__(self, value):
        self.value = value

    def execute(self, env, output):
        output.append(str(self.value.evaluate(env)))


class While(Statement):
    def __init__(self, test, body):
        self.test = test
        self.body = body

    def execute(self, env, output):
        steps = 0
        while self.test.evaluate(env) != 0:
            for statement in self.body:
                statement.execute(env, output)
            steps += 1
            if steps > 100000:
                raise RuntimeFault("loop limit")


class If(Statement):
    def __init__(self, test, body, orelse):
        self.test = test
        self.body = body
        self.orelse = orelse

    def execute(self, env, output):
        if self.test.evaluate(env) != 0:
            chosen = self.body
        else:
            chosen = self.orelse
        for statement in chosen:
            statement.execute(env, output)


PRECEDENCE = {"<": 1, "<=": 1, ">": 1, "==": 1, "+": 2, "-": 2, "*": 3, "/": 3, "%": 3}


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.position = 0

    def peek(self):
        return self.tokens[self.position]

    def advance(self):
        token = self.tokens[self.position]
        self.position += 1
        return token

    def expect(self, text):
        token = self.advance()
        if token.text != text:
            raise ParseError("expected " + text + " but found " + repr(token.text))

    def parse_program(self):
        statements = []
        while self.peek().kind != "end":
            statements.append(self.parse_statement())
        return statements

    def parse_block(self, terminators):
        statements = []
        while self.peek().text not in terminators:
            if self.peek().kind == "end":
                raise ParseError("unterminated block")
            statements.append(self.parse_statement())
        return statements

    def parse_statement(self):
        token = self.advance()
        if token.text == "print":
            value = self.parse_expression(0)
            self.expect(";")
            return Print(value)
        if token.text == "while":
            test = self.parse_expression(0)
            self.expect("do")
            body = self.parse_block(["end"])
            self.expect("end")
            return While(test, body)
        if token.text == "if":
            test = self.parse_expression(0)
            self.expect("then")
            body = self.parse_block(["else", "end"])
            orelse = []
            if self.peek().text == "else":
                self.advance()
                orelse = self.parse_block(["end"])
            self.expect("end")
            return If(test, body, orelse)
        if token.kind == "name":
            self.expect("=")
            value = self.parse_expression(0)
            self.expect(";")
            return Assign(token.text, value)
        raise ParseError("unexpected " + repr(token.text))

    def parse_expression(self, minimum):
        left = self.parse_atom()
        while self.peek().kind == "operator" and self.peek().text in PRECEDENCE:
            operator = self.peek().text
            level = PRECEDENCE[operator]
            if level <= minimum:
                break
            self.advance()
            right = self.parse_expression(level)
            left = Binary(operator, left, right)
        return left

    def parse_atom(self):
        token = self.advance()
        if token.kind == "number":
            return Number(int(token.text))
        if token.kind == "name":
            return Variable(token.text)
        if token.text == "(":
            value = self.parse_expression(0)
            self.expect(")")
            return value
        raise ParseError("unexpected " + repr(token.text) + " in expression")


def run(source):
    output = []
    env = {}
    try:
        program = Parser(tokenize(source)).parse_program()
        for statement in program:
            statement.execute(env, output)
    except ParseError as error:
        output.append("parse error: " + str(error))
    except RuntimeFault as error:
        output.append("runtime error: " + str(error))
    names = sorted_names(env)
    return " ".join(output) + " | " + ", ".join([name + "=" + str(env[name]) for name in names])


def sorted_names(env):
    names = []
    for name in env:
        names.append(name)
    names.sort()
    return names


PROGRAMS = [
    "x = 1; y = 0; while x <= 10 do y = y + x * x; x = x + 1; end print y;",
    "a = 0; b = 1; n = 0; while n < 30 do t = a + b; a = b; b = t; n = n + 1; end print a;",
    "n = 97; c = 0; while 1 < n do if n % 2 == 0 then n = n / 2; else n = 3 * n + 1; end c = c + 1; end print c;",
    "p = 2; count = 0; while p < 200 do d = 2; prime = 1; while d * d <= p do if p % d == 0 then prime = 0; end d = d + 1; end count = count + prime; p = p + 1; end print count;",
    "x = 10 / (5 - 5);",
    "print (1 + 2;",
    "print y;",
    "q = 7 $ 3;",
]


def main():
    for source in PROGRAMS:
        print(run(source))
    total = 0
    for round in range(30):
        result = run("i = 0; s = 0; while i < 200 do s = s + i % 7 * " + str(round) + "; i = i + 1; end print s;")
        total += len(result)
    print("checksum", total)
    expression = Parser(tokenize("(1 + 2) * 3 - 4 / 2")).parse_expression(0)
    print(expression.show(), expression.evaluate({}))


main()
