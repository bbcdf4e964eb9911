"""A small tokenizer for a Python-like language, written as a hand-rolled scanner."""

KEYWORDS = {"if", "else", "while", "def", "return", "let", "true", "false", "and", "or", "not"}
OPERATORS = ["==", "!=", "<=", ">=", "->", "**", "+", "-", "*", "/", "%", "<", ">", "=", "(", ")",
             "{", "}", "[", "]", ",", ":", ";", "."]


class Token:
    def __init__(self, kind, text, line, column):
        self.kind = kind
        self.text = text
        self.line = line
        self.column = column

    def __repr__(self):
        return f"Token({self.kind}, {self.text!r}, {self.line}:{self.column})"


class LexError(Exception):
    def __init__(self, message, line, column):
        super().__init__(f"{message} at {line}:{column}")
        self.line = line
        self.column = column


class Scanner:
    def __init__(self, source):
        self.source = source
        self.position = 0
        self.line = 1
        self.column = 1

    def peek(self, offset=0):
        index = self.position + offset
        return self.source[index] if index < len(self.source) else ""

    def advance(self):
        ch = self.source[self.position]
        self.position += 1
        if ch == "\n":
            self.line += 1
            self.column = 1
        else:
            self.column += 1
        return ch

    def skip_whitespace_and_comments(self):
        while self.position < len(self.source):
            ch = self.peek()
            if ch in " \t\r":
                self.advance()
            elif ch == "#":
                while self.position < len(self.source) and self.peek() != "\n":
                    self.advance()
            else:
                break

    def number(self, line, column):
        start = self.position
        seen_dot = False
        while self.peek().isdigit() or (self.peek() == "." and not seen_dot and self.peek(1).isdigit()) or self.peek() == "_":
            if self.peek() == ".":
                seen_dot = True
            self.advance()
        text = self.source[start:self.position]
        kind = "FLOAT" if seen_dot else "INT"
        return Token(kind, text.replace("_", ""), line, column)

    def identifier(self, line, column):
        start = self.position
        while self.peek().isalnum() or self.peek() == "_":
            self.advance()
        text = self.source[start:self.position]
        return Token("KEYWORD" if text in KEYWORDS else "NAME", text, line, column)

    def string(self, line, column):
        quote = self.advance()
        chars = []
        escapes = {"n": "\n", "t": "\t", "\\": "\\", '"': '"', "'": "'"}
        while True:
            if self.position >= len(self.source) or self.peek() == "\n":
                raise LexError("unterminated string", line, column)
            ch = self.advance()
            if ch == quote:
                break
            if ch == "\\":
                escaped = self.advance()
                if escaped not in escapes:
                    raise LexError(f"bad escape \\{escaped}", self.line, self.column - 2)
                chars.append(escapes[escaped])
            else:
                chars.append(ch)
        return Token("STRING", "".join(chars), line, column)

    def tokens(self):
        while True:
            self.skip_whitespace_and_comments()
            line, column = self.line, self.column
            if self.position >= len(self.source):
                yield Token("EOF", "", line, column)
                return
            ch = self.peek()
            if ch == "\n":
                self.advance()
                yield Token("NEWLINE", "\\n", line, column)
            elif ch.isdigit():
                yield self.number(line, column)
            elif ch.isalpha() or ch == "_":
                yield self.identifier(line, column)
            elif ch in "\"'":
                yield self.string(line, column)
            else:
                for op in OPERATORS:
                    if self.source.startswith(op, self.position):
                        for _ in op:
                            self.advance()
                        yield Token("OP", op, line, column)
                        break
                else:
                    raise LexError(f"unexpected character {ch!r}", line, column)


def summarize(tokens):
    counts = {}
    for token in tokens:
        counts[token.kind] = counts.get(token.kind, 0) + 1
    return ", ".join(f"{kind}={counts[kind]}" for kind in sorted(counts))


PROGRAM = '''
# compute things
let total = 0
def square(x) -> x ** 2
while total <= 1_000 {
    total = total + square(3.5) * 2   # comment at end
    if total != 10 and not false { print("big\\tvalue", 'single') }
}
'''

tokens = list(Scanner(PROGRAM).tokens())
for token in tokens[:12]:
    print(token)
print("...")
print(len(tokens), "tokens")
print(summarize(tokens))
names = sorted({t.text for t in tokens if t.kind == "NAME"})
print("names:", names)
print("keywords:", [t.text for t in tokens if t.kind == "KEYWORD"])
print("strings:", [t.text for t in tokens if t.kind == "STRING"])
print("numbers:", [(t.kind, t.text) for t in tokens if t.kind in ("INT", "FLOAT")])
lines_with_ops = {}
for t in tokens:
    if t.kind == "OP":
        lines_with_ops.setdefault(t.line, []).append(t.text)
for line in sorted(lines_with_ops):
    print(line, " ".join(lines_with_ops[line]))

for bad in ['let s = "open', "x = 3 $ 4", "y = 'bad \\q escape'"]:
    try:
        list(Scanner(bad).tokens())
    except LexError as error:
        print("LexError:", error, (error.line, error.column))
