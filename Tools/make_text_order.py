#!/usr/bin/env python3
"""Writes Sources/tern/text-order.txt: the functions a typical run executes, which
the executable's link puts first and together (Package.swift: lld's
`--symbol-ordering-file`, each function in its own section by `-function-sections`).

Why: Linux maps a file-backed page fault together with its neighbours (64 KB of
"fault-around"), so a process's resident set holds every 64 KB block of the
binary it touched once. Start-up alone runs 1.8 MB of Tern's 7.5 MB of machine
code, spread over the whole file, so about 6 MB of it was resident in every
process; linked together, a small program keeps about 3.5 MB.

How: runs a release `tern` under callgrind on start-up, the corpus's whole
programs and every tenth program of its other areas, and lists every function of
the binary that ran, those most runs executed first. A function missing from the
list (renamed, new) is only linked with the rest; regenerate after large changes:

    swift build -c release && python3 Tools/make_text_order.py && python3 Tools/align_dispatch.py
    swift build -c release
"""

import bisect
import os
import re
import subprocess
import sys
import tempfile

from align_dispatch import LINK_ORDER_HEAD

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TERN = os.path.join(ROOT, ".build", "release", "tern")
OUTPUT = os.path.join(ROOT, "Sources", "tern", "text-order.txt")

def corpus_sample():
    """Start-up, the corpus's whole programs, and every tenth corpus program of the
    other areas (builtins, containers, strings, exceptions, generators, imports of the
    standard library)."""
    corpus = os.path.join("Tests", "corpus")
    sample = [["-c", "pass"]]
    for area in sorted(os.listdir(os.path.join(ROOT, corpus))):
        folder = os.path.join(ROOT, corpus, area)
        if not os.path.isdir(folder):
            continue
        programs = sorted(name for name in os.listdir(folder) if name.endswith(".py"))
        step = 1 if area == "programs" else 10
        sample += [[os.path.join(corpus, area, name)] for name in programs[::step]]
    return sample


class Symbols:
    """The binary's functions by address (callgrind leaves many local ones unnamed)."""

    def __init__(self, binary):
        listing = subprocess.run(["nm", "--defined-only", "-n", binary], capture_output=True, text=True, check=True).stdout
        self.starts, self.names = [], []
        for line in listing.splitlines():
            parts = line.split(" ", 2)
            if len(parts) == 3 and parts[1] in "tTwW":
                self.starts.append(int(parts[0], 16))
                self.names.append(parts[2])

    def containing(self, address):
        index = bisect.bisect_right(self.starts, address) - 1
        return self.names[index] if index >= 0 else None


def executed_functions(binary, symbols, arguments):
    """Functions of `binary` that ran, with their instruction counts."""
    with tempfile.TemporaryDirectory() as folder:
        out = os.path.join(folder, "callgrind.out")
        subprocess.run(["valgrind", "--tool=callgrind", "--dump-instr=yes", "--callgrind-out-file=" + out,
                        binary, "--jit", "off"] + arguments,
                       cwd=ROOT, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        costs = {}
        objects = {}
        current_object = None
        address = 0
        call_line_next = False
        for line in open(out, errors="replace"):
            match = re.match(r"(c?)ob=\((\d+)\)(?: (.*))?$", line.rstrip("\n"))
            if match:
                called, number, name = match.groups()
                if name:
                    objects[number] = name
                if not called:
                    current_object = objects.get(number)
                continue
            if line.startswith("calls="):
                call_line_next = True
                continue
            parts = line.split()
            if len(parts) < 2 or parts[0][:1] not in "0123456789+-*":
                continue
            position = parts[0]
            if position.startswith("0x"):
                address = int(position, 16)
            elif position[0] in "+-":
                address += int(position)
            if call_line_next:
                # The cost of a call, on the calling instruction's line: the callee's, counted there.
                call_line_next = False
                continue
            if current_object == binary:
                name = symbols.containing(address)
                if name:
                    costs[name] = costs.get(name, 0) + int(parts[-1])
        return costs


def main():
    if not os.path.exists(TERN):
        sys.exit("build first: swift build -c release")
    programs = {}  # function -> how many sample runs executed it
    cost = {}
    with tempfile.TemporaryDirectory() as folder:
        # Valgrind cannot read Swift's debug information: a copy without it, beside the library.
        binary = os.path.join(folder, "tern")
        subprocess.run(["strip", "-g", "-o", binary, TERN], check=True)
        os.symlink(os.path.join(ROOT, "lib"), os.path.join(folder, "lib"))
        symbols = Symbols(TERN)
        sample = corpus_sample()
        for index, arguments in enumerate(sample):
            print(f"[{index + 1}/{len(sample)}] {' '.join(arguments)}", file=sys.stderr)
            for name, count in executed_functions(binary, symbols, arguments).items():
                programs[name] = programs.get(name, 0) + 1
                cost[name] = cost.get(name, 0) + count
    # The interpreter loops behind their pads first (Tools/align_dispatch.py), then what
    # every run executes (start-up, the interpreter's core), then what fewer do.
    executed = sorted(programs, key=lambda name: (-programs[name], -cost[name]))
    lines = LINK_ORDER_HEAD + [name for name in executed if name not in LINK_ORDER_HEAD]
    with open(OUTPUT, "w") as file:
        file.write("\n".join(lines) + "\n")
    print(f"{len(lines)} functions -> {os.path.relpath(OUTPUT, ROOT)}")


if __name__ == "__main__":
    main()
