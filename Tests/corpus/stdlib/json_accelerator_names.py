# _json's names (scanstring, make_scanner, encode_basestring[_ascii]) decode and
# encode exactly as the json package does.
import json
import json.decoder
import json.scanner
import _json

print(_json.scanstring('"caf\\u00e9 \\n" tail', 1), _json.scanstring('"x"', 1, False))
print(_json.encode_basestring('a"\u20ac\n'), _json.encode_basestring_ascii('a"\u20ac\n\U0001f600'))
scanner = _json.make_scanner(json.JSONDecoder())
print(scanner('[1, {"a": null}, 2.5e1, "s"] rest', 0))
try:
    _json.scanstring('"unterminated', 1)
except json.JSONDecodeError as error:
    print("JSONDecodeError:", error)
try:
    scanner("?", 0)
except StopIteration as stop:
    print("StopIteration", stop.value)
print(json.loads('{"k": [true, false, null, -1.5, "\\ud83d\\ude00"]}'), json.dumps({"b": [1, "\xe9"]}))
print(json.dumps("\u20ac", ensure_ascii=False), json.dumps([float("inf")]), json.loads("NaN"))
