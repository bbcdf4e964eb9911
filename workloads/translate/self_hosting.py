"""Builds an input program from the translator's own tokenizer (and its error class), to translate it with itself."""

import os

HERE = os.path.dirname(os.path.abspath(__file__))

SAMPLE = '''
class Point(Base):
    """A point."""
    def move(self, dx, dy):
        if dx >= 0 and dy != 1.5e3:
            self.x += dx  # comment
        return [self.x, 'text\\n', "other"]
'''

MAIN = '''

def describe(tokens):
    kinds = {}
    for token in tokens:
        kinds[token.kind] = kinds.get(token.kind, 0) + 1
    return kinds


def main():
    tokens = tokenize("sample.py", SAMPLE)
    print(len(tokens), describe(tokens))
    for token in tokens:
        print(token.kind, repr(token.text), token.line)
    try:
        tokenize("bad.py", "x = 1\\n  y = $\\n")
    except SubsetError as error:
        print("error:", error)
    try:
        tokenize("bad.py", "name = f'{x}'\\n")
    except SubsetError as error:
        print("error:", error)


main()
'''


def source_without_imports(name):
    """A translator module's text with its imports removed (the pieces are concatenated into one module)."""
    with open(os.path.join(HERE, "translator", name)) as handle:
        lines = handle.read().split("\n")
    return "\n".join([line for line in lines if not line.startswith("from ") and not line.startswith("import ")])


def write_self_hosting_input(path):
    text = source_without_imports("errors.py") + "\n\n" + source_without_imports("tokenizer.py")
    text = text + "\n\nSAMPLE = " + repr(SAMPLE) + "\n" + MAIN
    with open(path, "w") as handle:
        handle.write(text)
    return path


if __name__ == "__main__":
    import sys
    print(write_self_hosting_input(sys.argv[1] if len(sys.argv) > 1 else "/tmp/self_tokenizer.py"))
