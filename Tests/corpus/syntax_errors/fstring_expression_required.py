# f-strings whose replacement field has no expression: CPython 3.11 names the
# character that came too early ('!', ':' or '=') or says the field is empty.
sources = [
    "f'{!r}'", "f'{ !r}'", "f'{:x}'", "f'{  :x}'", "f'{=}'", "f'{ =}'",
    "f'{}'", "f'{ }'", "f'a{}b'", "f'{!}'", "f'{:}'", "f'{=!r}'",
    "f'{x:{}}'", "f'{x:{!r}}'", "f'''{\n!r}'''", "f'{3' f'}'",
]
for source in sources:
    try:
        compile(source, "<test>", "eval")
    except SyntaxError as error:
        print(repr(source), "->", error.msg)
    else:
        print(repr(source), "compiled")
