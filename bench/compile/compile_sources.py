"""Times compile(source, name, 'exec') inside the interpreter that runs it.

usage: compile_sources.py REPEAT SOURCE...
SOURCE is a file path or `generated:N` (N units of generated code, see
generate_module). Prints one line per source: name, characters, lines, and
the best of REPEAT compile times in seconds. REPEAT 0 reads and generates the
sources without compiling them: the baseline that bench/compile/run subtracts
from an instruction count."""
import sys
import time


def generate_unit(index):
    """One unit of generated code: a module constant, three functions and a class,
    mixing the statements and expressions of real library code."""
    k = index
    return f'''
LIMIT_{k} = {k * 37 % 1000}
NAMES_{k} = ("alpha{k}", "beta", "gamma", {k}, {k}.5, None, True)
TABLE_{k} = {{"key{k}": [1, 2, 3], "other": {{"nested": (4, 5)}}, {k}: "value {k}"}}


def helper_{k}(items, *, scale=1, offset={k % 9}, **options):
    """Returns the scaled items that pass the filter.

    Generated function {k}: loops, conditions, comprehensions and calls.
    """
    result = []
    total = 0
    for position, item in enumerate(items):
        if item is None or (isinstance(item, str) and not item):
            continue
        elif item > LIMIT_{k} and position % 3 == 0:
            total += item * scale - offset
        else:
            total -= (item << 2) | (position & 0xFF)
        result.append(item if item >= 0 else -item)
    while total > {k + 100}:
        total //= 2
        if total % 7 == 3:
            break
    squares = [value ** 2 for value in result if value % 2 == 0]
    lookup = {{name: len(name) for name in options if not name.startswith("_")}}
    unique = {{value % 11 for value in squares}}
    return total, squares[1:-1:2], lookup, sorted(unique, key=lambda v: (-v, v))


def format_{k}(record, width=80):
    name = record.get("name", "unnamed")
    try:
        value = float(record["value"])
    except (KeyError, ValueError) as error:
        raise RuntimeError(f"bad record {{name!r}}: {{error}}") from error
    finally:
        record.pop("scratch", None)
    text = f"{{name:>{{width}}}} = {{value:.3f}} ({k})"
    assert len(text) >= width, "too short"
    return text.strip().replace("  ", " ") + "%d items" % len(record)


async def fetch_{k}(session, url, retries=3):
    async with session.get(url) as response:
        async for chunk in response.content:
            yield chunk[:{k % 50 + 1}]
    for attempt in range(retries):
        await session.sleep(attempt * 0.5)


@dataclass(frozen=True)
class Record{k}(Base, metaclass=Meta):
    """Record kind {k}."""
    identifier: int = {k}
    label: str = "record {k}"
    children: list = field(default_factory=list)

    def __post_init__(self):
        if not self.label:
            object.__setattr__(self, "label", str(self.identifier))

    @property
    def size(self):
        return sum(child.size for child in self.children) + 1

    def walk(self, visit, depth=0):
        nonlocal_count = 0

        def inner(node, level):
            nonlocal nonlocal_count
            nonlocal_count += 1
            visit(node, level)
            for child in node.children:
                inner(child, level + 1)
        inner(self, depth)
        return nonlocal_count

    def __repr__(self):
        return f"{{type(self).__name__}}({{self.identifier!r}}, {{self.label!r}})"

    def __eq__(self, other):
        if not isinstance(other, Record{k}):
            return NotImplemented
        return (self.identifier, self.label) == (other.identifier, other.label)

    def classify(self, value):
        match value:
            case {{"kind": "leaf", "value": int(number)}}:
                return number
            case [first, *rest] if first > {k}:
                return len(rest)
            case Record{k}(identifier=ident):
                return ident
            case _:
                return None

    def update(self, **changes):
        with self.lock, open(self.path, "w", encoding="utf-8") as handle:
            handle.write(", ".join(f"{{key}}={{value}}" for key, value in changes.items()))
        a, b, *rest = changes.values() or (0, 0)
        self.cache[a:b] = rest
        del self.cache[0]
        return a if a < b <= {k} else b
'''


def generate_module(units):
    """A module of `units` generated units after a header of imports."""
    header = ("import os\nimport sys\nfrom dataclasses import dataclass, field\n"
              "from typing import Any, Optional\n\n\nclass Base:\n    pass\n\n\nclass Meta(type):\n    pass\n")
    return header + "".join(generate_unit(index) for index in range(units))


def source_of(argument):
    if argument.startswith("generated:"):
        units = int(argument.split(":", 1)[1])
        return f"<generated {units}>", generate_module(units)
    with open(argument, encoding="utf-8") as handle:
        return argument, handle.read()


def main():
    repeat = int(sys.argv[1])
    for argument in sys.argv[2:]:
        name, source = source_of(argument)
        best = 0.0
        for run in range(repeat):
            started = time.perf_counter()
            compile(source, name, "exec")
            elapsed = time.perf_counter() - started
            best = elapsed if run == 0 else min(best, elapsed)
        print(f"{argument} {len(source)} {source.count(chr(10))} {best:.6f}")


main()
