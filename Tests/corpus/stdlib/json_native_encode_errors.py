# Encoding errors from _json's native encoder: circular references, unsupported
# keys and values, a bad string encoder, make_encoder's argument checks, and
# exceptions from default() and __bool__ passing through.
import json
import _json


def show(function):
    try:
        print(function())
    except (ValueError, TypeError, ZeroDivisionError, RecursionError) as error:
        print(type(error).__name__, error)


circular_list = [1]
circular_list.append(circular_list)
circular_dict = {"a": 1}
circular_dict["self"] = circular_dict
inner = []
outer = {"list": [inner]}
inner.append(outer)
show(lambda: json.dumps(circular_list))
show(lambda: json.dumps(circular_dict))
show(lambda: json.dumps(outer))
show(lambda: json.dumps(object(), default=lambda o: o))
show(lambda: json.dumps(circular_list, check_circular=False))
show(lambda: json.dumps([object()]))
show(lambda: json.dumps({"a": {1, 2}}))
show(lambda: json.dumps({(1, 2): 3}))
show(lambda: json.dumps({b"k": 3}))
show(lambda: json.dumps({"b": 1, 2: "a"}, sort_keys=True))
show(lambda: json.dumps([float("nan")], allow_nan=False))
show(lambda: json.dumps({float("inf"): 1}, allow_nan=False))
show(lambda: json.dumps(10 ** 5000))
show(lambda: json.dumps(object(), default=lambda o: 1 / 0))


class PairsDict(dict):
    def items(self):
        return [("a", 1, 2)]


class NotIterableItems(dict):
    def items(self):
        return 5


show(lambda: json.dumps(PairsDict(x=1)))
show(lambda: json.dumps(NotIterableItems(x=1)))


class BadBool:
    def __bool__(self):
        1 / 0


for name in ["skipkeys", "ensure_ascii", "check_circular", "allow_nan", "sort_keys"]:
    show(lambda: json.JSONEncoder(**{name: BadBool()}).encode({"a": 1}))

show(lambda: _json.make_encoder(1, None, None, None, ": ", ", ", False, False, False))
show(lambda: _json.make_encoder(None, None, None, None, 1, ", ", False, False, False))
show(lambda: _json.make_encoder(None, None, None, None, ": ", b",", False, False, False))
show(lambda: _json.make_encoder(None, None, None, None))
show(lambda: _json.make_encoder((True, False), b"\xCD\x7D", None))


def bad_encoder(*args):
    return None


encoder = _json.make_encoder(None, str, bad_encoder, None, ": ", ", ", False, False, False)
show(lambda: encoder("spam", 4))
show(lambda: encoder({"spam": 42}, 4))
show(lambda: encoder([1], "x"))
raising = _json.make_encoder(None, str, lambda s: 1 / 0, None, ": ", ", ", False, False, False)
show(lambda: raising(["spam"], 0))
no_default = _json.make_encoder(None, lambda o: "x" + 1, _json.encode_basestring, None, ":", ",", False, False, True)
show(lambda: no_default([object()], 0))

deep = []
for _ in range(3000):
    deep = [deep]
show(lambda: json.dumps(deep))
deep_dict = {}
for _ in range(3000):
    deep_dict = {"d": deep_dict}
show(lambda: json.dumps(deep_dict))

# default() and a string encoder that empty the containers being written: the
# values already taken out are still written whole.
victim = {"a": [1, [2, 3]], "b": "x" * 10}
holder = [victim, {"c": 1}]


def emptying_default(o):
    holder.clear()
    victim.clear()
    return "replaced"


print(json.dumps([holder, object()], default=emptying_default))
values = {"k": ["kept", "list"], "j": {"x": 1}}


def emptying_encoder(text):
    values.clear()
    return '"' + text + '"'


emptying = _json.make_encoder(None, str, emptying_encoder, None, ":", ",", False, False, True)
show(lambda: emptying({"outer": values}, 0))

# In CPython 3.11 a dict's members are taken when it is entered, a list's one at a time.
victim = {"a": object(), "b": [1, [2, 3]], "c": "x"}
holder = [victim]


def clearing_default(o):
    holder.clear()
    victim.clear()
    return "replaced"


print(json.dumps(holder, default=clearing_default))
items = [object(), [1, 2], "y"]


def popping_default(o):
    items.clear()
    return "gone"


print(json.dumps(items, default=popping_default))
