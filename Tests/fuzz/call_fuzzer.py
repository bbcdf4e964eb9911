"""Calls every builtin function and every method of every builtin type with
arguments of every kind, in one process, to find calls that crash the VM.

usage: call_fuzzer.py [--seed S] [--calls N] [--trace] [--list] [--exclude NAME,...]

Runs on Tern and on CPython alike. Targets are found by introspection: the
callables of `builtins`, and every callable attribute (by `dir()`) of every
builtin type reachable from the builtins and from the values below (iterators,
views, method objects, generators, ...), so new builtins are covered without
editing this file. Each call takes 0..3 arguments (sometimes a keyword) drawn
from a pool holding every kind of value, including objects whose dunders raise
or return the wrong type. Methods usually get a receiver of their own type, so
that their bodies run, not only the receiver check.

Python exceptions are expected and ignored. What fails: a signal, a hang (the
runner's timeout), the heap verifier (`--verify-heap`), or a damaged heap seen
by the checks of ordinary operations that run between calls. Everything runs
in one process so that damage done by an early call shows up later.

Deterministic: the same seed makes the same calls. With --trace each call is
written to stderr before it is made, so the last line names a crashing call;
--exclude leaves out targets already known to crash, to find the next one
while triaging (never in the test suite).
The last line of a run is `fuzz: N calls, N raised, N skipped, ok`.
"""
import builtins
import gc
import sys

# --- deterministic choices -------------------------------------------------------------------

class Choices:
    """A 31-bit linear congruential generator: the same on every implementation."""

    def __init__(self, seed):
        self.state = (seed * 2654435761 + 12345) & 0x7FFFFFFF

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % n

    def pick(self, items):
        return items[self.below(len(items))]


# --- values whose dunders misbehave ----------------------------------------------------------

class Boom(Exception):
    pass


def raiser(*args):
    raise Boom("boom")


class RaisesEverywhere:
    __eq__ = __ne__ = __lt__ = __gt__ = __hash__ = __index__ = __len__ = __iter__ = raiser
    __repr__ = __str__ = __format__ = __int__ = __float__ = __bool__ = __contains__ = raiser
    __getitem__ = __next__ = __add__ = __radd__ = __mul__ = __complex__ = __bytes__ = raiser


class WrongTypes:
    def __eq__(self, other): return "eq"
    def __lt__(self, other): return "lt"
    def __hash__(self): return "hash"
    def __index__(self): return "index"
    def __len__(self): return "len"
    def __iter__(self): return 5
    def __repr__(self): return 5
    def __str__(self): return 6
    def __format__(self, spec): return 7
    def __int__(self): return "int"
    def __float__(self): return "float"
    def __bool__(self): return 2
    def __bytes__(self): return "bytes"
    def __complex__(self): return "complex"


class HugeLength:
    def __len__(self): return 2 ** 70
    def __index__(self): return 2 ** 70
    def __hash__(self): return 2 ** 70
    def __int__(self): return True


class NegativeLength:
    def __len__(self): return -1
    def __index__(self): return -1


class Plain:
    def __init__(self):
        self.a = 1
        self.b = "two"


class WithSlots:
    __slots__ = ("x",)


class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    pass


class IntSub(int):
    pass


class StrSub(str):
    pass


class ListSub(list):
    pass


class DictSub(dict):
    def __missing__(self, key):
        return key


class TupleSub(tuple):
    pass


class ExceptionSub(ValueError):
    pass


class IterOnce:
    """A user iterator that ends."""
    def __init__(self):
        self.n = 3
    def __iter__(self):
        return self
    def __next__(self):
        self.n -= 1
        if self.n < 0:
            raise StopIteration
        return self.n


def plain_function(a=1, *args, **kwargs):
    return a


def generator_function():
    yield 1
    yield 2


async def coroutine_function():
    return 1


async def async_generator_function():
    yield 1
    yield 2


# Big values, made once (under GC stress, making them for every call would dominate
# the run); immutable, so that no call can grow them.
BIG_TUPLE = tuple(range(600))
BIG_FROZENSET = frozenset(range(600))
BIG_BYTES = bytes(range(256)) * 3


def make_pool():
    """A fresh pool for every call: calls may mutate or grow the values they get."""
    generator = generator_function()
    coroutine = coroutine_function()
    async_generator = async_generator_function()
    with_slots = WithSlots()
    with_slots.x = 1
    cyclic_list = [1]
    cyclic_list.append(cyclic_list)
    cyclic_dict = {"k": 1}
    cyclic_dict["self"] = cyclic_dict
    pool = [
        0, 1, -1, 2, 7, -7, 255, 256, 2 ** 62, 2 ** 63 - 1, -2 ** 63, 2 ** 64, 10 ** 30, -10 ** 30,
        True, False,
        0.0, -0.0, 1.5, -2.5, 1e308, float("nan"), float("inf"), float("-inf"), 5e-324,
        1j, complex(float("nan"), 1.0),
        "", "a", "abc", "h\u00e9llo \u20ac\U0001f600", "__class__", "utf-8", "{}", "%s", "x" * 100,
        b"", b"abc", b"\xff\x00", bytearray(), bytearray(b"xyz"),
        [], [1, "a", None], [3, 1, 2], (), (1, "a"), (1, 2, 3), {}, {"a": 1, 2: "b"}, set(), {1, 2, 3},
        frozenset(), frozenset({"a", 1}),
        range(0), range(5), range(-3, 10, 2), slice(1, 5, 2), slice(None), None, Ellipsis, NotImplemented,
        int, str, object, type, list, ValueError, Plain, WithMeta, IntSub,
        len, abs, plain_function, (lambda *a: None), [].append, "x".upper,
        Plain(), with_slots, WithMeta(), RaisesEverywhere(), WrongTypes(), HugeLength(), NegativeLength(),
        IntSub(5), StrSub("sub"), ListSub([1, 2]), DictSub(a=1), TupleSub((1, 2)), ExceptionSub("e"),
        ValueError("v", 2), StopIteration(3), IterOnce(), iter([1, 2]), iter(range(3)), iter("ab"), iter({}),
        {}.keys(), {1: 2}.values(), {1: 2}.items(), reversed([1, 2]), enumerate("ab"), zip("a", "b"),
        map(abs, [1]), filter(None, [0, 1]), generator, coroutine, async_generator, property(), staticmethod(len),
        classmethod(len), super(ListSub, ListSub([0])), sys,
        cyclic_list, cyclic_dict, BIG_TUPLE, BIG_FROZENSET, BIG_BYTES, [[[[[]]]]],
    ]
    coroutine.close()
    return pool


# Called with any arguments, these would block, exit, print, or touch the outside world.
SKIPPED = {
    "input": "reads standard input (blocks)",
    "exit": "exits the process",
    "quit": "exits the process",
    "open": "creates and writes files",
    "print": "writes to stdout; covered by the corpus",
    "help": "starts the interactive help",
    "license": "prints (CPython's site module)",
    "copyright": "prints (CPython's site module)",
    "credits": "prints (CPython's site module)",
    "breakpoint": "starts the debugger",
    "__import__": "imports modules: output and state outside this test",
    "sys": "the sys module's functions exit and change the process",
}
# Methods of these names are skipped on every type, with the reason.
SKIPPED_METHODS = {
    "__del__": "finalisers of builtin values are not called directly by programs",
}
# Calls whose work grows with an int argument: CPython computes them for minutes
# (Tern refuses results that cannot fit with MemoryError). Skipped when any int
# argument is bigger than LARGE.
WORK_GROWS_WITH_INT = {"pow", "__pow__", "__rpow__", "__ipow__", "__lshift__", "__rlshift__", "__ilshift__",
                       "ldexp", "__mul__", "__rmul__", "__imul__", "ljust", "rjust", "center", "zfill",
                       "expandtabs", "to_bytes", "bytes", "bytearray", "__new__", "__init__", "range", "sum",
                       "list", "tuple", "__getitem__", "repeat", "format", "__format__", "round", "__round__"}
LARGE = 4096


def reachable_types():
    """Builtin types: those named in builtins, and the types of values Tern exposes."""
    found = []
    def add(t):
        if isinstance(t, type) and t not in found and t.__module__ == "builtins":
            found.append(t)
    for name in sorted(dir(builtins)):
        add(getattr(builtins, name))
    # Values whose types are reachable only through other values; each is made
    # only as far as this implementation exposes it.
    makers = [lambda: iter(set()), lambda: iter(()), lambda: iter(b""), lambda: iter(bytearray()),
              lambda: reversed(range(2)), lambda: iter(range(2 ** 70)), lambda: iter(len, 1),
              lambda: type.__dict__, lambda: plain_function.__code__, lambda: [].__iter__, lambda: "".__len__,
              lambda: object.__init__, lambda: int.__add__, lambda: str.join, lambda: dict.fromkeys,
              lambda: property.fget, lambda: (lambda: 0).__get__, lambda: sys.stdout,
              lambda: generator_function().gi_frame, lambda: Plain.__init__.__code__,
              lambda: async_generator_function().__anext__(), lambda: async_generator_function().aclose()]
    values = make_pool()
    for maker in makers:
        try:
            values.append(maker())
        except Exception:
            pass
    for value in values:
        add(type(value))
        try:
            add(type(value.__iter__))
        except Exception:
            pass
    return found


def collect_targets():
    targets = []
    for name in sorted(dir(builtins)):
        value = getattr(builtins, name)
        if callable(value):
            targets.append((name, value, None))
    for owner in reachable_types():
        if owner.__name__ in ("TextIOWrapper", "BufferedWriter", "BufferedReader", "FileIO", "TextIO"):
            continue  # files: writing and closing stdout is the outside world
        for attribute in sorted(dir(owner)):
            try:
                value = getattr(owner, attribute)
            except Exception:
                continue
            if callable(value):
                targets.append((owner.__name__ + "." + attribute, value, owner))
    return targets


def skip_reason(name, arguments):
    short = name.rsplit(".", 1)[-1]
    if name in SKIPPED:
        return SKIPPED[name]
    if short in SKIPPED_METHODS:
        return SKIPPED_METHODS[short]
    if short in WORK_GROWS_WITH_INT:
        for argument in arguments:
            if type(argument) in (int, IntSub) and not -LARGE <= argument <= LARGE:
                return "work grows with a huge int"
            if isinstance(argument, (HugeLength,)):
                return "work grows with a huge __index__"
    return None


# --- checks that ordinary operations still work ------------------------------------------------

class Witness:
    pass


def make_witness():
    witness = Witness()
    witness.name = "witness"
    witness.items = [i * 3 % 17 for i in range(50)]
    witness.table = {"k%d" % i: i for i in range(40)}
    return witness


def check(witness, calls):
    """Ordinary operations on long-lived and fresh data; a damaged heap shows here."""
    gc.collect()
    state = vars(witness)
    assert sorted(state) == ["items", "name", "table"], sorted(state)
    assert sorted(set(witness.items))[:3] == [0, 1, 2], witness.items
    assert sum(witness.table.values()) == 780
    fresh = [str(i) for i in range(200)]
    fresh.sort(key=len)
    assert fresh[-1] == "199" and len(fresh) == 200
    assert "-".join(fresh[:3]) == "0-1-2"
    assert {i: i * i for i in range(30)}[29] == 841
    again = Plain()
    assert vars(again) == {"a": 1, "b": "two"}, calls


def describe(value):
    try:
        text = repr(value)
    except BaseException:
        text = "<" + type(value).__name__ + " with a failing repr>"
    if type(text) is not str:
        text = "<" + type(value).__name__ + ">"
    return text if len(text) <= 60 else text[:57] + "..."


KEYWORDS = ["key", "reverse", "default", "start", "sep", "end", "encoding", "errors", "base", "x", "object"]


def main(argv):
    seed, total, trace, listing, excluded = 1, 2000, False, False, set()
    index = 1
    while index < len(argv):
        if argv[index] == "--seed":
            seed = int(argv[index + 1]); index += 1
        elif argv[index] == "--calls":
            total = int(argv[index + 1]); index += 1
        elif argv[index] == "--trace":
            trace = True
        elif argv[index] == "--exclude":
            excluded = set(argv[index + 1].split(",")); index += 1
        elif argv[index] == "--list":
            listing = True
        index += 1
    # An excluded name is a target (`list.append`) or, from its dot, a method of every type (`.__format__`).
    targets = [target for target in collect_targets()
               if target[0] not in excluded and "." + target[0].rsplit(".", 1)[-1] not in excluded]
    if listing:
        for name, _, _ in targets:
            print(name)
        print(len(targets), "targets")
        return 0
    choices = Choices(seed)
    witness = make_witness()
    raised = skipped = made = 0
    keep = []  # some results stay alive for a while, so collections see them
    for number in range(total):
        name, function, owner = targets[number % len(targets)]
        pool = make_pool()
        arguments = []
        if owner is not None and choices.below(4) != 0:
            receivers = [value for value in pool if isinstance(value, owner)]
            if owner is type:
                receivers += [int, Plain, IntSub]
            if receivers:
                arguments.append(choices.pick(receivers))
        for _ in range(choices.below(4)):
            arguments.append(choices.pick(pool))
        keywords = {}
        if choices.below(10) == 0:
            keywords[choices.pick(KEYWORDS)] = choices.pick(pool)
        reason = skip_reason(name, arguments + list(keywords.values()))
        if reason:
            skipped += 1
            continue
        if trace:
            sys.stderr.write("%d %s(%s)%s\n" % (number, name, ", ".join(describe(a) for a in arguments),
                                                 " " + repr(sorted(keywords)) if keywords else ""))
            sys.stderr.flush()
        made += 1
        try:
            result = function(*arguments, **keywords)
            if choices.below(8) == 0:
                keep.append(result)
                if len(keep) > 50:
                    del keep[:25]
        except BaseException as error:
            if isinstance(error, (SystemExit, KeyboardInterrupt)):
                print("fuzz: call %d %s raised %s" % (number, name, type(error).__name__))
                return 1
            raised += 1
        if number % 25 == 24:
            check(witness, number)
    check(witness, total)
    print("fuzz: %d targets, %d calls, %d raised, %d skipped, ok" % (len(targets), made, raised, skipped))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
