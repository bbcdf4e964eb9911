# json.loads through _json's native scanner: every escape, surrogates, numbers,
# big ints, whitespace, the hooks, the key memo and the scanner's own protocol.
import json
import json.decoder
import _json
from collections import OrderedDict
from decimal import Decimal

print(type(json.decoder.scanstring).__name__, json.decoder.scanstring is _json.scanstring)
print(json.scanner.make_scanner is _json.make_scanner, _json.make_scanner.__name__, _json.make_scanner.__module__)

# Strings: every escape, the \u forms and surrogate pairs (joined, lone, reversed).
for text in ['"plain"', '""', '"\\"\\\\\\/\\b\\f\\n\\r\\t"', '"\\u0041\\u00e9\\u20AC\\uFFFF"',
             '"\\ud83d\\ude00"', '"\\uD834\\uDD1E x"', '"\\ud800"', '"\\udc00\\ud800"', '"\\ud800\\u0041"',
             '"\\ud800\\ud800"', '"caf\u00e9 \U0001f600 \u20ac"', '"tab\tinside"']:
    try:
        value = json.loads(text, strict=False)
        print(repr(value), len(value), [hex(ord(c)) for c in value][:6])
    except json.JSONDecodeError as error:
        print("error", error)

# Numbers: ints, floats, exponents, big ints, negative zero, and what is not a number.
for text in ['0', '-0', '7', '-12', '3.25', '-0.0', '1e3', '1E+3', '2.5e-3', '1e400', '-1e400',
             '123456789012345678', '1234567890123456789', '-98765432109876543210987654321',
             '18446744073709551616', '0.1', '1.7976931348623157e308', '5e-324', '[1.0, 2, 3e0]']:
    value = json.loads(text)
    print(text, repr(value), type(value).__name__)
print(json.loads(str(7 ** 500)) == 7 ** 500)

# Whitespace and nesting.
print(json.loads(' \t\n\r[ 1 , { "a" : [ ] , "b" : { } } , [ [ ] ] ] \n'))
print(json.loads('{"a": {"b": {"c": [1, [2, [3, {"d": null}]]]}}}'))
print(json.loads('[true, false, null, NaN, Infinity, -Infinity]'))
print(json.loads('{"k": 1, "k": 2}'))

# Hooks.
print(json.loads('{"b": 1, "a": [2, {"c": 3}]}', object_pairs_hook=OrderedDict))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=lambda pairs: pairs))
print(json.loads('{"b": 1, "a": {"x": 2}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"b": 1}', object_hook=lambda d: "hook", object_pairs_hook=lambda p: ("pairs", p)))
print(json.loads('[1.5, 2, 3.0e2]', parse_float=Decimal))
print(json.loads('[1.5, 2, -30]', parse_int=lambda s: "int:" + s))
print(json.loads('[1.5, 2, -30]', parse_int=float, parse_float=str))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda s: "const:" + s))
print(json.loads('{"a": 1}', cls=json.JSONDecoder))

# Equal keys decoded in one call share one str (CPython's memo).
items = json.loads('[{"name": 1}, {"name": 2}]')
keys = [next(iter(d)) for d in items]
print(keys[0] is keys[1])

# The scanner's protocol: (value, end), StopIteration(index) where no value starts.
decoder = json.JSONDecoder()
scanner = _json.make_scanner(decoder)
print(type(scanner).__name__, scanner.strict, scanner.object_hook, scanner.object_pairs_hook, scanner.parse_float, scanner.parse_int)
print(scanner('[1, 2] tail', 0), scanner('xx "s" yy', 3), scanner('123abc', 0), scanner('1.5e', 0), scanner('-0.5E-2,', 0))
print(scanner(scanner, 0) if False else scanner(string='{"a": 1}', idx=0))
for text, index in [('', 0), ('abc', 1), ('[', 1), ('-', 0), ('-x', 0), ('nul', 0), ('tru', 0), ('.5', 0), ('[1,]', 0), ('{"a": }', 0)]:
    try:
        print(scanner(text, index))
    except StopIteration as stop:
        print("StopIteration", repr(text), stop.value)
print(decoder.raw_decode('{"a": [1, 2]} and more'))
print(_json.scanstring('"abc" rest', 1), _json.scanstring('x"\\n\\u00e9"', 2), _json.scanstring('"a\tb"', 1, False), _json.scanstring('"a\tb"', 1, 0))


class Text(str):
    pass


print(json.loads(Text('{"sub": [1]}')), _json.scanstring(Text('"abc"'), 1))
print(json.loads(b'[1, "\xc3\xa9"]'), json.loads(bytearray(b'{"a": 2}')))

# Escapes in a document holding non-ASCII text decode to strs equal to the literals.
decoded = json.loads('{"k\\n": "\u00e9", "plain\\t": "a\\u0062c", "\u00e9\\n": 1}')
print([key == expected for key, expected in zip(decoded, ["k\n", "plain\t", "\u00e9\n"])], decoded["plain\t"] == "abc")
