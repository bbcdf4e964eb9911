# Messages for builtin calls with arguments they do not take, as CPython words them:
# methods named with their type, str()'s own argument parser.
import collections


def attempt(call):
    try:
        call()
    except TypeError as error:
        print(error)


attempt(lambda: str(1, 2, 3, 4))
attempt(lambda: str(x=1))
attempt(lambda: str(object=1, x=2))
attempt(lambda: str(1, object=2))
attempt(lambda: str(b"", "utf-8", "strict", 4))
attempt(lambda: {}.get(key=1))
attempt(lambda: {}.get())
attempt(lambda: {}.get(1, 2, 3))
attempt(lambda: {}.pop(key=1))
attempt(lambda: {}.setdefault(k=1))
attempt(lambda: collections.OrderedDict().get(k=1))
attempt(lambda: collections.defaultdict().get())
attempt(lambda: [].append())
attempt(lambda: True.bit_length(1))
attempt(lambda: "a".join())
attempt(lambda: "a".upper(1))
attempt(lambda: "a".isdigit(1))
attempt(lambda: {}.keys(1))
attempt(lambda: {}.items(x=1))
attempt(lambda: [].index(value=1))
attempt(lambda: [1].index())
attempt(lambda: {}.setdefault())
