# SyntaxError's location attributes: None until given, set from the
# (filename, lineno, offset, text[, end_lineno, end_offset]) tuple, and filled in
# for errors raised by compile(), exec() and eval(); str() shows the file's base name.
e = SyntaxError("x")
print(e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset, e.print_file_and_line)
print(e.args, str(e))

e = SyntaxError("bad", ("dir/f.py", 3, 4, "abc\n", 3, 5))
print(e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset, e.msg, e.args)
print(str(e))
e = SyntaxError("four", ["a.py", 1, 2, "t"])
print(e.end_lineno, e.end_offset, str(e))
print(str(SyntaxError("m", (None, 7, 1, None))), str(SyntaxError("m", ("only.py", "7", 1, None))))
print(SyntaxError().msg, SyntaxError("a", "b", "c").filename, str(SyntaxError("a", "b", "c")))
for bad in [("a", 1), ("a", 1, 2, 3, 4, 5, 6)]:
    try:
        SyntaxError("m", bad)
    except TypeError as error:
        print("TypeError")

e.filename = "renamed.py"
e.lineno = 12
print(str(e))


class Custom(SyntaxError):
    pass


print(Custom("q").filename, str(Custom("q", ("c.py", 2, 1, "x"))))
print(IndentationError("m", ("i.py", 1, 2, "t", 1, 3)).filename)

for source in ["1 +", "def f(:\n    pass", "if x:\npass"]:
    try:
        compile(source, "<s>", "exec")
    except SyntaxError as error:
        print(type(error).__name__, error.msg, error.filename, error.lineno, error.offset, repr(error.text))
        print(" ", str(error), error.args[0], error.args[1][:3])

try:
    eval("1 +* 2")
except SyntaxError as error:
    print(error.filename, error.lineno, error.offset, error.end_lineno, error.end_offset)
