# Decoding errors from _json's native scanner: JSONDecodeError's message, position,
# line and column at CPython's places, and the TypeErrors and ValueErrors of _json's
# functions.
import json
import _json

cases = ['', ' ', '[', '[1', '[1,', '[1,]', '[1 2]', '{', '{"a"', '{"a" 1}', '{"a":', '{"a":1,}', '{"a":1 "b":2}',
         '{1:2}', "{'a': 1}", '{"a":[}', '"abc', '"a\\', '"\\x"', '"\\u12"', '"\\u12x4"', '"\\u123"', '"\\uzzzz"',
         '"\\ud800\\u12"', '"\\ud800\\uzzzz"', '"\\ud800\\u', '"a\x01"', '"a\nb"', '"a\x1fb"', 'nul', 'tru', 'fals', '-',
         '-a', '1.', '1e', '1e+', '01', '1 2', '[-]', '[1,\n2,\n]', '\n\n  {"a": x}', 'NaNa', '[Infinit]', '[1]]',
         '{"a": 1}}', '"\\ud83d\\ude00" x', '\ufeff[1]', '[1, 2, 3', 'true false']
for text in cases:
    try:
        print(repr(text), "->", repr(json.loads(text)))
    except json.JSONDecodeError as error:
        print(repr(text), "->", type(error).__name__, error, "|", error.msg, error.pos, error.lineno, error.colno, error.doc == text)

# scanstring directly.
for arguments in [('"abc"', 0), ('"abc"', 6), ('"abc"', -1), ('"abc', 1), ('"a\\', 1), ('"a\x00"', 1), ('"abc"', 5)]:
    try:
        print(arguments, _json.scanstring(*arguments))
    except (ValueError, TypeError) as error:
        print(arguments, type(error).__name__, error)
for call in [lambda: _json.scanstring(b'"abc"', 1), lambda: _json.scanstring(5, 1), lambda: _json.scanstring('"a"', "1"),
             lambda: _json.scanstring('"a"', 1, "x"), lambda: _json.scanstring('"a"', 1.5),
             lambda: _json.encode_basestring(1), lambda: _json.encode_basestring_ascii(b"x"),
             lambda: _json.make_scanner(1), lambda: _json.make_scanner(json.JSONDecoder())(b"[]", 0),
             lambda: _json.make_scanner(json.JSONDecoder())("[]", -1), lambda: _json.make_scanner(json.JSONDecoder())("[]", "0")]:
    try:
        print(call())
    except (ValueError, TypeError, AttributeError) as error:
        print(type(error).__name__, error)


class BadBool:
    def __bool__(self):
        1 / 0


for text in ['""', '{}']:
    try:
        json.decoder.JSONDecoder(strict=BadBool()).decode(text)
    except ZeroDivisionError as error:
        print("ZeroDivisionError", error)

# A hook's exception passes through; so does one from parse_float.
def failing_hook(value):
    raise KeyError("hook")


for keywords in [dict(object_hook=failing_hook), dict(object_pairs_hook=failing_hook), dict(parse_float=failing_hook),
                 dict(parse_int=failing_hook), dict(parse_constant=failing_hook)]:
    try:
        json.loads('[{"a": 1.5}, 2, NaN]', **keywords)
    except KeyError as error:
        print(list(keywords), "KeyError", error)

# Ints past the digit limit, and nesting past the recursion limit.
try:
    json.loads("1" * 5000)
except ValueError as error:
    print("ValueError", error)
for text in ["[" * 100000, '{"a":' * 100000]:
    try:
        json.loads(text)
    except RecursionError as error:
        print("RecursionError", error)
