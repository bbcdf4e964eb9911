"""Differential fuzzing of syntax errors: breaks real files in small ways
(deletes, duplicates or swaps one token, or re-indents a line) and compares
Tern's error (kind, message, line, offset) with CPython's.

Usage: python3 mutation_errors.py DUMPER COUNT [SEED] [--show N] [--tests]"""
import io
import os
import random
import subprocess
import sys
import sysconfig
import tokenize

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from compare_errors import cpython_error  # noqa: E402


def mutate(source, rng):
    lines = source.split("\n")
    choice = rng.random()
    if choice < 0.15:
        index = rng.randrange(len(lines))
        lines[index] = " " * rng.choice([1, 2, 3, 5]) + lines[index]
        return "\n".join(lines)
    try:
        tokens = [t for t in tokenize.generate_tokens(io.StringIO(source).readline)
                  if t.type not in (tokenize.NL, tokenize.COMMENT, tokenize.INDENT, tokenize.DEDENT,
                                    tokenize.NEWLINE, tokenize.ENDMARKER)]
    except (tokenize.TokenError, SyntaxError, IndentationError):
        return None
    if not tokens:
        return None
    token = rng.choice(tokens)
    (start_line, start_col), (end_line, end_col) = token.start, token.end
    if start_line != end_line:
        return None
    line = lines[start_line - 1]
    if choice < 0.55:
        lines[start_line - 1] = line[:start_col] + line[end_col:]
    elif choice < 0.8:
        lines[start_line - 1] = line[:start_col] + token.string + " " + line[start_col:]
    else:
        other = rng.choice(["(", ")", "[", "]", ":", ",", "=", "if", "else", "for", "in", "lambda", "*", "**",
                            "'", '"', "\\", "yield", "1", "x", ".", "->", "@", "not", "{", "}", "async"])
        lines[start_line - 1] = line[:start_col] + other + line[start_col:]
    return "\n".join(lines)


def main():
    arguments = [argument for argument in sys.argv[1:] if argument != "--tests"]
    show = 20
    if "--show" in arguments:
        position = arguments.index("--show")
        show = int(arguments[position + 1])
        del arguments[position:position + 2]
    dumper, count = arguments[0], int(arguments[1])
    rng = random.Random(int(arguments[2]) if len(arguments) > 2 else 1)
    stdlib = sysconfig.get_paths()["stdlib"]
    files = sorted(os.path.join(stdlib, name) for name in os.listdir(stdlib) if name.endswith(".py"))
    if "--tests" in sys.argv:  # also the test suite: more varied code
        test_dir = os.path.join(stdlib, "test")
        files += sorted(os.path.join(test_dir, name) for name in os.listdir(test_dir)
                        if name.startswith("test_") and name.endswith(".py"))
    same = different = 0
    for _ in range(count):
        path = rng.choice(files)
        try:
            with open(path, encoding="utf-8") as handle:
                source = handle.read()
        except UnicodeDecodeError:
            continue
        # Keep the cases small: a window of 40 lines that compiles.
        lines = source.split("\n")
        start = rng.randrange(max(1, len(lines) - 40))
        window = "\n".join(lines[start:start + 40]) + "\n"
        if cpython_error(window) != "OK":
            continue
        broken = mutate(window, rng)
        if broken is None:
            continue
        expected = cpython_error(broken)
        if expected == "OK":
            continue
        got = subprocess.run([dumper, "-c", broken], capture_output=True, text=True).stdout.strip()
        if got.startswith("Module("):
            got = "OK"
        if got == expected:
            same += 1
        else:
            different += 1
            if different <= show:
                print("---- %s\n  cpython: %s\n  tern:    %s" % (path, expected, got))
                target = int(expected.rsplit("line ", 1)[1].split(",")[0]) if "line " in expected else 1
                for number, text in enumerate(broken.split("\n")[max(0, target - 3):target + 1], max(1, target - 2)):
                    print("   %3d| %s" % (number, text))
    print("mutated sources rejected by CPython: %d; Tern's error identical: %d, different: %d" % (same + different, same, different))


if __name__ == "__main__":
    main()
