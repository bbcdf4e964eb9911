"""Recursive-descent parser from tokens to the subset's syntax tree; rejects constructs outside it."""

from translator.errors import SubsetError
from translator.tokenizer import tokenize
from translator import syntax

COMPARISON_OPERATORS = ["<", ">", "==", ">=", "<=", "!="]
AUGMENTED_OPERATORS = ["+=", "-=", "*=", "/=", "//=", "%="]
REJECTED_KEYWORDS = {"lambda": "lambda", "yield": "yield", "with": "with statement",
                     "del": "del statement", "assert": "assert statement",
                     "nonlocal": "nonlocal", "async": "async", "await": "await",
                     "finally": "try/finally"}


class Parser:
    """Parses one module's tokens."""

    def __init__(self, filename, tokens):
        self.filename = filename
        self.tokens = tokens
        self.index = 0

    # ---- helpers ----

    def peek(self):
        return self.tokens[self.index]

    def peek_at(self, offset):
        position = self.index + offset
        if position < len(self.tokens):
            return self.tokens[position]
        return self.tokens[-1]

    def advance(self):
        token = self.tokens[self.index]
        self.index += 1
        return token

    def fail(self, message):
        raise SubsetError(self.filename, self.peek().line, message)

    def fail_at(self, message, line):
        raise SubsetError(self.filename, line, message)

    def is_op(self, text):
        token = self.peek()
        return token.kind == "OP" and token.text == text

    def is_keyword(self, text):
        token = self.peek()
        return token.kind == "KEYWORD" and token.text == text

    def accept_op(self, text):
        if self.is_op(text):
            self.index += 1
            return True
        return False

    def accept_keyword(self, text):
        if self.is_keyword(text):
            self.index += 1
            return True
        return False

    def expect_op(self, text):
        if not self.accept_op(text):
            self.fail("expected '" + text + "', found " + self.describe(self.peek()))

    def expect_keyword(self, text):
        if not self.accept_keyword(text):
            self.fail("expected '" + text + "', found " + self.describe(self.peek()))

    def expect_name(self):
        token = self.peek()
        if token.kind != "NAME":
            self.fail("expected a name, found " + self.describe(token))
        self.index += 1
        return token.text

    def expect_newline(self):
        token = self.peek()
        if token.kind == "OP" and token.text == ";":
            self.fail("several statements on one line (';') are not in the subset")
        if token.kind != "NEWLINE":
            self.fail("expected end of line, found " + self.describe(token))
        self.index += 1

    def describe(self, token):
        if token.kind == "NEWLINE":
            return "end of line"
        if token.kind == "EOF":
            return "end of file"
        if token.kind == "INDENT" or token.kind == "DEDENT":
            return "a change of indentation"
        return "'" + token.text + "'"

    # ---- statements ----

    def parse_module(self, name):
        body = []
        while self.peek().kind != "EOF":
            if self.peek().kind == "NEWLINE":
                self.advance()
                continue
            body.append(self.parse_statement())
        return syntax.Module(name, self.filename, body)

    def parse_block(self):
        """Parses ':' NEWLINE INDENT statements DEDENT, or a one-line simple statement."""
        self.expect_op(":")
        if self.peek().kind != "NEWLINE":
            return [self.parse_simple_statement()]
        self.advance()
        if self.peek().kind != "INDENT":
            self.fail("expected an indented block")
        self.advance()
        body = []
        while self.peek().kind != "DEDENT" and self.peek().kind != "EOF":
            if self.peek().kind == "NEWLINE":
                self.advance()
                continue
            body.append(self.parse_statement())
        if self.peek().kind == "DEDENT":
            self.advance()
        return body

    def parse_statement(self):
        token = self.peek()
        if token.kind == "OP" and token.text == "@":
            self.fail("decorators are not in the subset")
        if token.kind == "KEYWORD":
            word = token.text
            if word == "def":
                return self.parse_function()
            if word == "class":
                return self.parse_class()
            if word == "if":
                return self.parse_if()
            if word == "while":
                return self.parse_while()
            if word == "for":
                return self.parse_for()
            if word == "try":
                return self.parse_try()
        return self.parse_simple_statement()

    def parse_simple_statement(self):
        token = self.peek()
        line = token.line
        if token.kind == "KEYWORD":
            word = token.text
            if word in REJECTED_KEYWORDS:
                self.fail(REJECTED_KEYWORDS[word] + " is not in the subset")
            if word == "return":
                self.advance()
                value = None
                if self.peek().kind != "NEWLINE":
                    value = self.parse_expression_list()
                self.expect_newline()
                return syntax.Return(line, value)
            if word == "pass":
                self.advance()
                self.expect_newline()
                return syntax.Pass(line)
            if word == "break":
                self.advance()
                self.expect_newline()
                return syntax.Break(line)
            if word == "continue":
                self.advance()
                self.expect_newline()
                return syntax.Continue(line)
            if word == "raise":
                self.advance()
                if self.peek().kind == "NEWLINE":
                    self.fail("bare 'raise' (re-raise) is not in the subset")
                exception = self.parse_expression()
                if self.is_keyword("from"):
                    self.fail("'raise ... from' is not in the subset")
                self.expect_newline()
                return syntax.Raise(line, exception)
            if word == "import":
                return self.parse_import()
            if word == "from":
                return self.parse_import_from()
            if word == "global":
                self.advance()
                names = [self.expect_name()]
                while self.accept_op(","):
                    names.append(self.expect_name())
                self.expect_newline()
                return syntax.Global(line, names)
        expression = self.parse_expression_list()
        if self.is_op("="):
            self.advance()
            value = self.parse_expression_list()
            if self.is_op("="):
                self.fail("chained assignment is not in the subset")
            self.check_target(expression)
            self.expect_newline()
            return syntax.Assign(line, expression, value)
        if self.peek().kind == "OP" and self.peek().text in AUGMENTED_OPERATORS:
            operator = self.advance().text[:-1]
            value = self.parse_expression()
            if not isinstance(expression, syntax.Name) and not isinstance(expression, syntax.Attribute) \
                    and not isinstance(expression, syntax.Subscript):
                self.fail_at("cannot assign to this expression", line)
            self.expect_newline()
            return syntax.AugmentedAssign(line, expression, operator, value)
        if self.peek().kind == "OP" and self.peek().text in ["**=", ">>=", "<<=", "&=", "|=", "^=", ":="]:
            self.fail("operator '" + self.peek().text + "' is not in the subset")
        if self.is_op(":"):
            self.fail("variable annotations are not in the subset")
        self.expect_newline()
        return syntax.ExpressionStatement(line, expression)

    def check_target(self, target):
        if isinstance(target, syntax.Name) or isinstance(target, syntax.Attribute) \
                or isinstance(target, syntax.Subscript):
            return
        if isinstance(target, syntax.TupleDisplay):
            for item in target.items:
                if not isinstance(item, syntax.Name):
                    self.fail_at("tuple unpacking into anything but names is not in the subset", target.line)
            return
        self.fail_at("cannot assign to this expression", target.line)

    def parse_import(self):
        line = self.advance().line
        names = [self.parse_dotted_name()]
        while self.accept_op(","):
            names.append(self.parse_dotted_name())
        if self.is_keyword("as"):
            self.fail("'import ... as' is not in the subset")
        self.expect_newline()
        return syntax.Import(line, names)

    def parse_dotted_name(self):
        name = self.expect_name()
        if self.is_op("."):
            self.fail("dotted module names are not in the subset")
        return name

    def parse_import_from(self):
        line = self.advance().line
        module = self.parse_dotted_name()
        self.expect_keyword("import")
        if self.is_op("*"):
            self.fail("'from ... import *' is not in the subset")
        parenthesised = self.accept_op("(")
        names = [self.expect_name()]
        while self.accept_op(","):
            if parenthesised and self.is_op(")"):
                break
            names.append(self.expect_name())
        if self.is_keyword("as"):
            self.fail("'import ... as' is not in the subset")
        if parenthesised:
            self.expect_op(")")
        self.expect_newline()
        return syntax.ImportFrom(line, module, names)

    def parse_function(self):
        line = self.advance().line
        name = self.expect_name()
        self.expect_op("(")
        parameters = []
        while not self.is_op(")"):
            if self.is_op("*") or self.is_op("**") or self.is_op("/"):
                self.fail("star, keyword-only and positional-only parameters are not in the subset")
            parameters.append(self.expect_name())
            if self.is_op("="):
                self.fail("default parameter values are not in the subset")
            if self.is_op(":"):
                self.fail("annotations are not in the subset")
            if not self.accept_op(","):
                break
        self.expect_op(")")
        if self.is_op("->"):
            self.fail("annotations are not in the subset")
        body = self.parse_block()
        return syntax.FunctionDef(line, name, parameters, body)

    def parse_class(self):
        line = self.advance().line
        name = self.expect_name()
        base = None
        if self.accept_op("("):
            if not self.is_op(")"):
                base = self.expect_name()
                if self.is_op(","):
                    self.fail("multiple inheritance is not in the subset")
                if self.is_op("="):
                    self.fail("class keywords (metaclass=...) are not in the subset")
            self.expect_op(")")
        body = self.parse_block()
        for statement in body:
            if isinstance(statement, syntax.FunctionDef) or isinstance(statement, syntax.Pass):
                continue
            if isinstance(statement, syntax.ExpressionStatement) and isinstance(statement.value, syntax.Literal) \
                    and statement.value.kind == "str":
                continue
            self.fail_at("class bodies may hold only methods, docstrings and 'pass' in the subset", statement.line)
        return syntax.ClassDef(line, name, base, body)

    def parse_if(self):
        line = self.advance().line
        test = self.parse_expression()
        body = self.parse_block()
        orelse = []
        if self.is_keyword("elif"):
            orelse = [self.parse_if()]
        elif self.accept_keyword("else"):
            orelse = self.parse_block()
        return syntax.If(line, test, body, orelse)

    def parse_while(self):
        line = self.advance().line
        test = self.parse_expression()
        body = self.parse_block()
        if self.is_keyword("else"):
            self.fail("'else' on loops is not in the subset")
        return syntax.While(line, test, body)

    def parse_for(self):
        line = self.advance().line
        target = self.parse_target_list()
        self.expect_keyword("in")
        iterable = self.parse_expression()
        body = self.parse_block()
        if self.is_keyword("else"):
            self.fail("'else' on loops is not in the subset")
        return syntax.For(line, target, iterable, body)

    def parse_target_list(self):
        line = self.peek().line
        first = syntax.Name(line, self.expect_name())
        if not self.is_op(","):
            return first
        items = [first]
        while self.accept_op(","):
            items.append(syntax.Name(self.peek().line, self.expect_name()))
        return syntax.TupleDisplay(line, items)

    def parse_try(self):
        line = self.advance().line
        body = self.parse_block()
        handlers = []
        while self.is_keyword("except"):
            handler_line = self.advance().line
            class_name = None
            bound_name = None
            if not self.is_op(":"):
                if self.is_op("("):
                    self.fail("catching a tuple of classes is not in the subset")
                class_name = self.expect_name()
                if self.accept_keyword("as"):
                    bound_name = self.expect_name()
            handler_body = self.parse_block()
            handlers.append(syntax.ExceptHandler(handler_line, class_name, bound_name, handler_body))
        if self.is_keyword("finally"):
            self.fail("try/finally is not in the subset")
        if self.is_keyword("else"):
            self.fail("try/else is not in the subset")
        if len(handlers) == 0:
            self.fail_at("try without except is not in the subset", line)
        return syntax.Try(line, body, handlers)

    # ---- expressions ----

    def parse_expression_list(self):
        """An expression, or a tuple of expressions separated by commas."""
        line = self.peek().line
        first = self.parse_expression()
        if not self.is_op(","):
            return first
        items = [first]
        while self.accept_op(","):
            if self.peek().kind == "NEWLINE" or self.is_op("=") or self.is_op(")"):
                break
            items.append(self.parse_expression())
        return syntax.TupleDisplay(line, items)

    def parse_expression(self):
        line = self.peek().line
        if self.is_keyword("lambda"):
            self.fail("lambda is not in the subset")
        value = self.parse_or()
        if self.accept_keyword("if"):
            test = self.parse_or()
            self.expect_keyword("else")
            orelse = self.parse_expression()
            return syntax.IfExpression(line, test, value, orelse)
        return value

    def parse_or(self):
        left = self.parse_and()
        while self.is_keyword("or"):
            line = self.advance().line
            left = syntax.BoolOp(line, "or", left, self.parse_and())
        return left

    def parse_and(self):
        left = self.parse_not()
        while self.is_keyword("and"):
            line = self.advance().line
            left = syntax.BoolOp(line, "and", left, self.parse_not())
        return left

    def parse_not(self):
        if self.is_keyword("not"):
            line = self.advance().line
            return syntax.UnaryOp(line, "not", self.parse_not())
        return self.parse_comparison()

    def comparison_operator(self):
        """Returns the comparison operator at the cursor (consuming it), or None."""
        token = self.peek()
        if token.kind == "OP" and token.text in COMPARISON_OPERATORS:
            self.advance()
            return token.text
        if token.kind == "KEYWORD":
            if token.text == "in":
                self.advance()
                return "in"
            if token.text == "not" and self.peek_at(1).kind == "KEYWORD" and self.peek_at(1).text == "in":
                self.advance()
                self.advance()
                return "not in"
            if token.text == "is":
                self.advance()
                if self.accept_keyword("not"):
                    return "is not"
                return "is"
        return None

    def parse_comparison(self):
        line = self.peek().line
        left = self.parse_arithmetic()
        operator = self.comparison_operator()
        if operator is None:
            return left
        right = self.parse_arithmetic()
        result = syntax.Compare(line, operator, left, right)
        while True:
            operator = self.comparison_operator()
            if operator is None:
                return result
            middle = right
            if not isinstance(middle, syntax.Name) and not isinstance(middle, syntax.Literal):
                self.fail_at("chained comparisons are in the subset only around a name or constant", line)
            right = self.parse_arithmetic()
            result = syntax.BoolOp(line, "and", result, syntax.Compare(line, operator, middle, right))

    def parse_arithmetic(self):
        left = self.parse_term()
        while self.peek().kind == "OP" and self.peek().text in ["+", "-"]:
            token = self.advance()
            left = syntax.BinaryOp(token.line, token.text, left, self.parse_term())
        if self.peek().kind == "OP" and self.peek().text in ["&", "|", "^", "<<", ">>", "@"]:
            self.fail("operator '" + self.peek().text + "' is not in the subset")
        return left

    def parse_term(self):
        left = self.parse_factor()
        while self.peek().kind == "OP" and self.peek().text in ["*", "/", "//", "%"]:
            token = self.advance()
            left = syntax.BinaryOp(token.line, token.text, left, self.parse_factor())
        return left

    def parse_factor(self):
        token = self.peek()
        if token.kind == "OP" and (token.text == "-" or token.text == "+"):
            self.advance()
            operand = self.parse_factor()
            if token.text == "-" and isinstance(operand, syntax.Literal) and \
                    (operand.kind == "int" or operand.kind == "float"):
                return syntax.negated_literal(token.line, operand)
            return syntax.UnaryOp(token.line, token.text, operand)
        if token.kind == "OP" and token.text == "~":
            self.fail("operator '~' is not in the subset")
        value = self.parse_postfix()
        if self.is_op("**"):
            self.fail("operator '**' is not in the subset")
        return value

    def parse_postfix(self):
        value = self.parse_atom()
        while True:
            token = self.peek()
            if token.kind != "OP":
                return value
            if token.text == "(":
                self.advance()
                arguments = []
                while not self.is_op(")"):
                    if self.is_op("*") or self.is_op("**"):
                        self.fail("star arguments are not in the subset")
                    if self.peek().kind == "NAME" and self.peek_at(1).kind == "OP" and self.peek_at(1).text == "=":
                        self.fail("keyword arguments are not in the subset")
                    arguments.append(self.parse_expression())
                    if self.is_keyword("for"):
                        self.fail("generator expressions are not in the subset")
                    if not self.accept_op(","):
                        break
                self.expect_op(")")
                value = syntax.Call(token.line, value, arguments)
            elif token.text == "[":
                self.advance()
                lower = None
                if not self.is_op(":"):
                    lower = self.parse_expression()
                if self.accept_op(":"):
                    upper = None
                    if not self.is_op("]"):
                        upper = self.parse_expression()
                    if self.is_op(":"):
                        self.fail("slices with a step are not in the subset")
                    self.expect_op("]")
                    value = syntax.Slice(token.line, value, lower, upper)
                else:
                    if self.is_op(","):
                        self.fail("tuple subscripts are not in the subset")
                    self.expect_op("]")
                    value = syntax.Subscript(token.line, value, lower)
            elif token.text == ".":
                self.advance()
                value = syntax.Attribute(token.line, value, self.expect_name())
            else:
                return value

    def parse_atom(self):
        token = self.advance()
        line = token.line
        if token.kind == "NAME":
            return syntax.Name(line, token.text)
        if token.kind == "INT":
            return syntax.int_literal(line, int(token.text))
        if token.kind == "FLOAT":
            return syntax.float_literal(line, float(token.text))
        if token.kind == "STRING":
            text = token.text
            while self.peek().kind == "STRING":
                text = text + self.advance().text
            return syntax.str_literal(line, text)
        if token.kind == "KEYWORD":
            if token.text == "True":
                return syntax.bool_literal(line, True)
            if token.text == "False":
                return syntax.bool_literal(line, False)
            if token.text == "None":
                return syntax.none_literal(line)
            if token.text in REJECTED_KEYWORDS:
                self.fail_at(REJECTED_KEYWORDS[token.text] + " is not in the subset", line)
            self.fail_at("unexpected '" + token.text + "'", line)
        if token.kind == "OP":
            if token.text == "(":
                if self.accept_op(")"):
                    return syntax.TupleDisplay(line, [])
                first = self.parse_expression()
                if self.is_keyword("for"):
                    self.fail("generator expressions are not in the subset")
                if self.accept_op(")"):
                    return first
                items = [first]
                while self.accept_op(","):
                    if self.is_op(")"):
                        break
                    items.append(self.parse_expression())
                self.expect_op(")")
                return syntax.TupleDisplay(line, items)
            if token.text == "[":
                return self.parse_list_display(line)
            if token.text == "{":
                return self.parse_dict_display(line)
        self.fail_at("unexpected " + self.describe(token), line)

    def parse_list_display(self, line):
        items = []
        if self.accept_op("]"):
            return syntax.ListDisplay(line, items)
        first = self.parse_expression()
        if self.accept_keyword("for"):
            target = self.parse_target_list()
            self.expect_keyword("in")
            iterable = self.parse_or()
            condition = None
            if self.accept_keyword("if"):
                condition = self.parse_or()
            if self.is_keyword("for"):
                self.fail("comprehensions with several 'for' clauses are not in the subset")
            self.expect_op("]")
            return syntax.ListComprehension(line, first, target, iterable, condition)
        items.append(first)
        while self.accept_op(","):
            if self.is_op("]"):
                break
            items.append(self.parse_expression())
        self.expect_op("]")
        return syntax.ListDisplay(line, items)

    def parse_dict_display(self, line):
        keys = []
        values = []
        while not self.is_op("}"):
            key = self.parse_expression()
            if not self.is_op(":"):
                self.fail_at("set displays are not in the subset", line)
            self.advance()
            keys.append(key)
            values.append(self.parse_expression())
            if self.is_keyword("for"):
                self.fail("dict comprehensions are not in the subset")
            if not self.accept_op(","):
                break
        self.expect_op("}")
        return syntax.DictDisplay(line, keys, values)


def parse_module(name, filename, text):
    """Tokenizes and parses one module's text."""
    return Parser(filename, tokenize(filename, text)).parse_module(name)
