# json.dumps through _json's native encoder: separators, sort_keys, skipkeys,
# allow_nan, key coercion, escapes in both string styles, floats, big ints and
# subclasses of dict, list, tuple, str, int and float.
import json
import json.encoder
import _json
from collections import OrderedDict

print(json.encoder.c_make_encoder is _json.make_encoder, _json.make_encoder.__name__)
value = {"s": "text", "i": -3, "f": 2.5, "t": True, "n": None, "l": [1, [2, []], {}], "u": (1, 2), "e": {}}
print(json.dumps(value))
print(json.dumps(value, separators=(",", ":")))
print(json.dumps(value, separators=(" ; ", " = ")))
print(json.dumps(value, sort_keys=True))
print(json.dumps(value, indent=2, sort_keys=True))

# Escapes: ASCII-only and not, control characters, DEL, surrogates, astral characters.
text = 'q"b\\s/ \b\f\n\r\t \x00\x1f\x7f \u00e9\u20ac ' + chr(0xD800) + ' ' + chr(0xDFFF) + ' \U0001f600 end'
print(json.dumps(text))
print(ascii(json.dumps(text, ensure_ascii=False)))
print(ascii(_json.encode_basestring(text)))
print(_json.encode_basestring_ascii(text))
print(_json.encode_basestring(""), _json.encode_basestring_ascii(""), _json.encode_basestring_ascii("\U0010ffff"))
print(json.loads(json.dumps(text)) == text, json.loads(json.dumps(text, ensure_ascii=False)) == text)

# Floats and ints.
for number in [0.0, -0.0, 1.0, 0.1, 1e16, 1e-5, 123456.789, 1.7976931348623157e308, 5e-324, 2 ** 64, -(10 ** 40), 7 ** 300,
               float("inf"), float("-inf"), float("nan")]:
    print(json.dumps(number), json.dumps([number]), json.dumps({number: number}))
for number in [float("inf"), float("nan")]:
    try:
        json.dumps([number], allow_nan=False)
    except ValueError as error:
        print("ValueError", error)

# Keys: str, int, float, bool, None, big ints; skipkeys; sorting.
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d", 10 ** 30: "e", False: "f", "g": "h"}))
print(json.dumps({(1, 2): "tuple", "kept": 1, b"bytes": 2, 3: 4}, skipkeys=True))
print(json.dumps({(1, 2): "tuple"}, skipkeys=True), json.dumps({"b": 1, "a": 2, "c": {"z": 1, "y": 2}}, sort_keys=True))
print(json.dumps(OrderedDict([("z", 1), ("a", 2)])), json.dumps(OrderedDict([("z", 1), ("a", 2)]), sort_keys=True))


class Dict(dict):
    pass


class ItemsDict(dict):
    def items(self):
        return [("from_items", 1)]


class List(list):
    pass


class IterList(list):
    def __iter__(self):
        return iter(["from_iter"])


class Tuple(tuple):
    pass


class Text(str):
    def __repr__(self):
        return "Text()"


class Int(int):
    def __repr__(self):
        return "Int()"

    def __str__(self):
        return "Int()"


class Float(float):
    def __repr__(self):
        return "Float()"


print(json.dumps(Dict(a=1, b=[2])), json.dumps(ItemsDict(a=1)), json.dumps(ItemsDict(a=1), sort_keys=True))
print(json.dumps(List([1, 2])), json.dumps(IterList([1, 2])), json.dumps(Tuple((3, 4))), json.dumps(List()))
print(json.dumps([Text("t\u00e9"), Int(5), Float(1.5), Int(2 ** 70)]))
print(json.dumps({Text("k"): 1, Int(7): 2, Float(0.5): 3}), json.dumps({Text("k"): 1}, ensure_ascii=False))
print(json.dumps(True), json.dumps(False), json.dumps(None), json.dumps("s"), json.dumps(12))

# default, check_circular=False on acyclic data, a custom encoder class.
print(json.dumps({"set": {3}, "complex": 1j}, default=lambda o: sorted(o) if isinstance(o, set) else [o.real, o.imag]))
print(json.dumps([[1], [1]], check_circular=False))
shared = [1]
print(json.dumps([shared, shared, {"x": shared}]))


class Encoder(json.JSONEncoder):
    def default(self, o):
        return {"__class__": type(o).__name__}


print(Encoder().encode([object(), {"nested": object()}]), json.dumps(range(2), cls=Encoder))
print(list(json.JSONEncoder().iterencode({"a": [1, 2]}, _one_shot=True)), "".join(json.JSONEncoder().iterencode([1, {"b": 2}])))

# The encoder object itself.
encoder = _json.make_encoder(None, str, _json.encode_basestring_ascii, None, ": ", ", ", True, False, True)
print(encoder([1, {"b": "\u00e9", "a": 2.0}], 0), encoder.sort_keys, encoder.skipkeys, encoder.key_separator, encoder.item_separator)
print(encoder.markers, encoder.default, encoder.encoder is _json.encode_basestring_ascii, encoder.indent, hasattr(encoder, "allow_nan"))
upper = _json.make_encoder({}, str, lambda s: '"' + s.upper() + '"', None, ":", ",", False, False, True)
print(upper({"key": ["value", 1.5, {2: 3}]}, 0))
print(json.dumps(json.loads('{"round": [1, 2.5, "trip", null, true, {"x": [false]}]}')))

# Escaped text of a str holding non-ASCII code points equals the same literal.
print(_json.encode_basestring_ascii("\u00e9x\n") == '"\\u00e9x\\n"', json.dumps(["\u00e9", "a\tb"]) == '["\\u00e9", "a\\tb"]',
      _json.encode_basestring("\u00e9\n") == '"\u00e9\\n"', json.dumps({"\u00e9": "x\n"}, ensure_ascii=False) == '{"\u00e9": "x\\n"}')
