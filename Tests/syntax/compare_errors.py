"""Compares Tern's syntax errors with CPython's for every source in error_cases.py.
Usage: python3 compare_errors.py DUMPER"""
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from error_cases import CASES  # noqa: E402


def cpython_error(source):
    try:
        compile(source, "<string>", "exec")
    except SyntaxError as error:
        return "%s: %s (line %s, offset %s)" % (type(error).__name__, error.msg, error.lineno, error.offset)
    return "OK"


def main():
    dumper = sys.argv[1]
    same = 0
    for source in CASES:
        expected = cpython_error(source)
        got = subprocess.run([dumper, "-c", source], capture_output=True, text=True).stdout.strip()
        if got.startswith("Module("):
            got = "OK"
        if got == expected:
            same += 1
        else:
            print("source: %r\n  cpython: %s\n  tern:    %s" % (source, expected, got))
    print("%d of %d error cases identical to CPython" % (same, len(CASES)))


def swift_literal(text):
    out = '"'
    for character in text:
        if character == "\\":
            out += "\\\\"
        elif character == '"':
            out += '\\"'
        elif character == "\n":
            out += "\\n"
        elif character == "\t":
            out += "\\t"
        elif ord(character) < 32 or ord(character) > 126:
            out += "\\u{%x}" % ord(character)
        else:
            out += character
    return out + '"'


if __name__ == "__main__":
    main()
