"""Splits subset source text into tokens, with INDENT/DEDENT tokens for blocks."""

from translator.errors import SubsetError

KEYWORDS = ["def", "class", "return", "if", "elif", "else", "while", "for", "in",
            "break", "continue", "pass", "and", "or", "not", "is", "None", "True",
            "False", "raise", "try", "except", "finally", "import", "from", "as",
            "global", "lambda", "yield", "with", "del", "assert", "nonlocal",
            "async", "await"]

THREE_CHAR_OPERATORS = ["**=", "//=", ">>=", "<<=", "..."]
TWO_CHAR_OPERATORS = ["==", "!=", "<=", ">=", "//", "**", "+=", "-=", "*=", "/=",
                      "%=", "&=", "|=", "^=", "<<", ">>", "->", ":="]
ONE_CHAR_OPERATORS = "+-*/%<>=()[]{},:.;@&|^~"

ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "\\": "\\", "'": "'", '"': '"', "0": "\0"}


class Token:
    """One token: kind (NAME, KEYWORD, INT, FLOAT, STRING, OP, NEWLINE, INDENT, DEDENT, EOF)."""

    def __init__(self, kind, text, line):
        self.kind = kind
        self.text = text
        self.line = line

    def __repr__(self):
        return "Token(" + self.kind + ", " + repr(self.text) + ", " + str(self.line) + ")"


def is_name_start(char):
    return char == "_" or ("a" <= char <= "z") or ("A" <= char <= "Z")


def is_digit(char):
    return "0" <= char <= "9"


def is_name_char(char):
    return is_name_start(char) or is_digit(char)


class Tokenizer:
    """Turns one file's text into a list of tokens."""

    def __init__(self, filename, text):
        self.filename = filename
        self.text = text
        self.position = 0
        self.line = 1
        self.tokens = []
        self.indents = [0]
        self.bracket_depth = 0

    def fail(self, message):
        raise SubsetError(self.filename, self.line, message)

    def add(self, kind, text):
        self.tokens.append(Token(kind, text, self.line))

    def tokenize(self):
        text = self.text
        at_line_start = True
        while self.position < len(text):
            if at_line_start and self.bracket_depth == 0:
                at_line_start = False
                if self.handle_indentation():
                    at_line_start = True
                    continue
            char = text[self.position]
            if char == "\n":
                if self.bracket_depth == 0:
                    self.add("NEWLINE", "")
                    at_line_start = True
                self.position += 1
                self.line += 1
            elif char == " " or char == "\t" or char == "\r":
                self.position += 1
            elif char == "#":
                while self.position < len(text) and text[self.position] != "\n":
                    self.position += 1
            elif char == "\\" and self.position + 1 < len(text) and text[self.position + 1] == "\n":
                self.position += 2
                self.line += 1
            elif is_name_start(char):
                self.read_name()
            elif is_digit(char) or (char == "." and self.position + 1 < len(text) and is_digit(text[self.position + 1])):
                self.read_number()
            elif char == "'" or char == '"':
                self.read_string("")
            else:
                self.read_operator()
        if len(self.tokens) > 0 and self.tokens[-1].kind != "NEWLINE":
            self.add("NEWLINE", "")
        while len(self.indents) > 1:
            self.indents.pop()
            self.add("DEDENT", "")
        self.add("EOF", "")
        return self.tokens

    def handle_indentation(self):
        """Measures a line's indentation; returns True when the line is blank or a comment."""
        text = self.text
        width = 0
        while self.position < len(text) and (text[self.position] == " " or text[self.position] == "\t"):
            if text[self.position] == "\t":
                width = (width // 8 + 1) * 8
            else:
                width += 1
            self.position += 1
        if self.position >= len(text):
            return False
        char = text[self.position]
        if char == "\n" or char == "#" or char == "\r":
            while self.position < len(text) and text[self.position] != "\n":
                self.position += 1
            if self.position < len(text):
                self.position += 1
                self.line += 1
            return True
        if width > self.indents[-1]:
            self.indents.append(width)
            self.add("INDENT", "")
        else:
            while width < self.indents[-1]:
                self.indents.pop()
                self.add("DEDENT", "")
            if width != self.indents[-1]:
                self.fail("inconsistent dedent")
        return False

    def read_name(self):
        text = self.text
        start = self.position
        while self.position < len(text) and is_name_char(text[self.position]):
            self.position += 1
        word = text[start:self.position]
        if self.position < len(text) and (text[self.position] == "'" or text[self.position] == '"'):
            lowered = word.lower()
            if lowered == "f" or lowered == "rf" or lowered == "fr":
                self.fail("f-strings are not in the subset")
            if lowered == "b" or lowered == "br" or lowered == "rb":
                self.fail("bytes literals are not in the subset")
            if lowered == "r" or lowered == "u":
                self.read_string(lowered)
                return
        if word in KEYWORDS:
            self.add("KEYWORD", word)
        else:
            self.add("NAME", word)

    def read_number(self):
        text = self.text
        start = self.position
        if text[start] == "0" and start + 1 < len(text) and text[start + 1] in "xXoObB":
            self.fail("non-decimal integer literals are not in the subset")
        is_float = False
        while self.position < len(text) and (is_digit(text[self.position]) or text[self.position] == "_"):
            self.position += 1
        if self.position < len(text) and text[self.position] == ".":
            is_float = True
            self.position += 1
            while self.position < len(text) and is_digit(text[self.position]):
                self.position += 1
        if self.position < len(text) and text[self.position] in "eE":
            is_float = True
            self.position += 1
            if text[self.position] in "+-":
                self.position += 1
            while self.position < len(text) and is_digit(text[self.position]):
                self.position += 1
        if self.position < len(text) and text[self.position] in "jJ":
            self.fail("complex literals are not in the subset")
        literal = text[start:self.position].replace("_", "")
        if is_float:
            self.add("FLOAT", literal)
        else:
            self.add("INT", literal)

    def read_string(self, prefix):
        text = self.text
        quote = text[self.position]
        triple = text[self.position:self.position + 3] == quote * 3
        if triple:
            self.position += 3
        else:
            self.position += 1
        start_line = self.line
        pieces = []
        while True:
            if self.position >= len(text):
                self.line = start_line
                self.fail("unterminated string literal")
            char = text[self.position]
            if triple and text[self.position:self.position + 3] == quote * 3:
                self.position += 3
                break
            if not triple and char == quote:
                self.position += 1
                break
            if not triple and char == "\n":
                self.fail("unterminated string literal")
            if char == "\\" and prefix != "r":
                following = text[self.position + 1]
                if following == "\n":
                    self.line += 1
                elif following in ESCAPES:
                    pieces.append(ESCAPES[following])
                else:
                    self.fail("unsupported string escape \\" + following)
                self.position += 2
                continue
            if char == "\n":
                self.line += 1
            pieces.append(char)
            self.position += 1
        token = Token("STRING", "".join(pieces), start_line)
        self.tokens.append(token)

    def read_operator(self):
        text = self.text
        three = text[self.position:self.position + 3]
        two = text[self.position:self.position + 2]
        if three in THREE_CHAR_OPERATORS:
            self.add("OP", three)
            self.position += 3
            return
        if two in TWO_CHAR_OPERATORS:
            self.add("OP", two)
            self.position += 2
            return
        char = text[self.position]
        if char in ONE_CHAR_OPERATORS:
            if char in "([{":
                self.bracket_depth += 1
            elif char in ")]}":
                self.bracket_depth -= 1
            self.add("OP", char)
            self.position += 1
            return
        self.fail("unexpected character " + repr(char))


def tokenize(filename, text):
    """Returns the token list of a file's text."""
    return Tokenizer(filename, text).tokenize()
