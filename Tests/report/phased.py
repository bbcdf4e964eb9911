"""A phased program for `tern report`'s end-to-end test.

It is shaped like RPython's translation: six phases run one after the other,
each building and dropping data of a different size and kind, so that the
memory graph has a visible shape per phase. Each phase marks its start and end
with `tern.phase` when run by Tern, else by appending one JSON line to the file
named by $TERN_LOG (see docs/telemetry.md), on the monotonic clock, with one
write per line.

usage: python3 phased.py [--scale FACTOR]
"""

import os
import sys
import time


def log_event(name, phase):
    """Appends a phase event to $TERN_LOG, if set, as one whole line."""
    path = os.environ.get("TERN_LOG")
    if not path:
        return
    line = '{"ev":"%s","t":%d,"name":"%s"}\n' % (name, time.monotonic_ns(), phase)
    descriptor = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    try:
        os.write(descriptor, line.encode())
    finally:
        os.close(descriptor)


class _LoggedPhase:
    """Context manager marking one phase of the program in $TERN_LOG."""

    def __init__(self, name):
        self.name = name

    def __enter__(self):
        log_event("phase_start", self.name)
        return self

    def __exit__(self, *exc):
        log_event("phase_end", self.name)
        return False


try:
    # Under Tern, its own module marks phases in the VM's log (docs/design.md, decision 9).
    from tern import phase
except ImportError:
    phase = _LoggedPhase


class Node:
    """A small object graph, like the flow graphs a translator annotates."""

    __slots__ = ("name", "inputs", "kind")

    def __init__(self, name, inputs, kind):
        self.name = name
        self.inputs = inputs
        self.kind = kind


def annotate(size):
    """Builds a graph of nodes and a dict of their 'types'; keeps the graph."""
    nodes = []
    for index in range(size):
        inputs = [nodes[index - 1], nodes[index // 2]] if index > 1 else []
        nodes.append(Node("v%d" % index, inputs, index % 7))
    annotations = {node.name: ("int", "str", "list")[node.kind % 3] for node in nodes}
    return nodes, annotations


def rtype(nodes, annotations):
    """Turns annotations into low-level types: a big temporary table, then a small result."""
    table = [(node.name, annotations[node.name], len(node.inputs)) for node in nodes]
    table += [(name + "_copy", kind, 0) for name, kind, _ in table]
    low_level = {name: kind.upper() for name, kind, _ in table[: len(table) // 8]}
    return low_level


def backendopt(nodes):
    """Inlines and folds: many short-lived lists, little kept."""
    folded = 0
    for node in nodes:
        expanded = [input.kind for input in node.inputs] * 4
        folded += sum(expanded)
    return folded


def database_c(nodes, size):
    """Builds the C database: a large set of strings that lives to the end."""
    return {"struct_%d_%s" % (index, node.name) for index, node in enumerate(nodes[: size // 2])}


def source_c(database):
    """Writes source text: one big string, built and dropped."""
    lines = ["static int %s = %d;" % (name, len(name)) for name in sorted(database)]
    text = "\n".join(lines)
    return len(text)


def compile_c(size):
    """Pretends to compile: CPU work on small numbers, almost no memory."""
    checksum = 0
    for value in range(size * 12):
        checksum = (checksum * 31 + value) % 1000003
    return checksum


def main():
    scale = 1.0
    if len(sys.argv) >= 3 and sys.argv[1] == "--scale":
        scale = float(sys.argv[2])
    size = int(200_000 * scale)
    with phase("annotate"):
        nodes, annotations = annotate(size)
    with phase("rtype"):
        low_level = rtype(nodes, annotations)
        del annotations
    with phase("backendopt"):
        folded = backendopt(nodes)
    with phase("database_c"):
        database = database_c(nodes, size)
        del nodes
    with phase("source_c"):
        length = source_c(database)
    with phase("compile_c"):
        checksum = compile_c(size)
    print("types %d folded %d database %d source %d checksum %d"
          % (len(low_level), folded, len(database), length, checksum))


if __name__ == "__main__":
    main()
