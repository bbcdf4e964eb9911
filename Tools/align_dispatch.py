#!/usr/bin/env python3
"""Keeps each interpreter loop's dispatch block within one 64-byte line.

Every bytecode instruction passes through the loop's dispatch block (load the
instruction, index the jump table, jump: about 50 bytes). Where it straddles a
64-byte boundary, whole benchmarks ran 10-25% slower, and where it fell used to
depend on the size of unrelated code linked before it (docs/performance.md).
The link now puts each loop first, behind a pad (Sources/TernIntrinsics/
dispatch_padding.c, order in Sources/tern/text-order.txt). This tool reads the
built binary, finds each loop's dispatch block (the address most of the loop's
jumps go to, up to its indirect jump) and rewrites the pads so that every block
starts on a 64-byte boundary.

    swift build -c release && python3 Tools/align_dispatch.py && swift build -c release
    python3 Tools/align_dispatch.py --check [BINARY]    # exit 1 when a block straddles a line

Run it after changing the interpreter loop (Tests/release/check_release_build.sh
runs the check).
"""

import collections
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TERN = os.path.join(ROOT, ".build", "release", "tern")
PADDING = os.path.join(ROOT, "Sources", "TernIntrinsics", "dispatch_padding.c")
LINE = 64

# The interpreter loop's copies, in link order, each behind its pad: VM.run() and
# callFunction (the loop specialised for calls from native code).
LOOPS = [
    ("tern_dispatch_pad_run", "$s6TernVM0B0C3runAA5ValueVyAA6RaisedVYKF"),
    ("tern_dispatch_pad_call_function",
     "$s6TernVM0B0C12callFunction_9arguments5count12keywordNamesAA5ValueVAI_SPyAIGSiAItAA6RaisedVYKF"),
]

# The head of Sources/tern/text-order.txt (Tools/make_text_order.py writes it first).
LINK_ORDER_HEAD = [name for pair in LOOPS for name in pair]


def function_range(binary, symbol):
    listing = subprocess.run(["nm", "-S", binary], capture_output=True, text=True, check=True).stdout
    for line in listing.splitlines():
        parts = line.split()
        if len(parts) == 4 and parts[3] == symbol:
            return int(parts[0], 16), int(parts[1], 16)
    sys.exit(f"{symbol} not found in {binary}: update LOOPS in {os.path.relpath(__file__, ROOT)}")


def dispatch_block(binary, symbol):
    """(start, end) of the loop's dispatch block: the target of most of the loop's
    direct jumps (every handler jumps back to it), up to its first indirect jump."""
    start, size = function_range(binary, symbol)
    listing = subprocess.run(["objdump", "-d", "--no-show-raw-insn", f"--start-address={start}",
                              f"--stop-address={start + size}", binary],
                             capture_output=True, text=True, check=True).stdout
    instructions = []
    targets = collections.Counter()
    for line in listing.splitlines():
        match = re.match(r"\s+([0-9a-f]+):\s+(\S+)\s*(.*)", line)
        if not match:
            continue
        address, operation, operand = int(match.group(1), 16), match.group(2), match.group(3)
        instructions.append((address, operation, operand))
        target = re.match(r"([0-9a-f]+) <", operand)
        if operation.startswith("j") and target:
            targets[int(target.group(1), 16)] += 1
    block = targets.most_common(1)[0][0]
    for address, operation, operand in instructions:
        if address >= block and operation == "jmp" and operand.startswith("*"):
            return block, address + 2
    sys.exit(f"no indirect jump after {block:#x} in {symbol}")


def read_pads():
    text = open(PADDING).read()
    return {name: int(size) for name, size in re.findall(r"^PAD\((\w+), (\d+)\)", text, re.M)}


def write_pads(pads):
    text = open(PADDING).read()
    for name, size in pads.items():
        text = re.sub(rf"^PAD\({name}, \d+\)", f"PAD({name}, {size})", text, flags=re.M)
    with open(PADDING, "w") as file:
        file.write(text)


def main():
    arguments = sys.argv[1:]
    check = "--check" in arguments
    arguments = [argument for argument in arguments if argument != "--check"]
    binary = arguments[0] if arguments else TERN
    if not os.path.exists(binary):
        sys.exit("build first: swift build -c release")
    pads = read_pads()
    shift = 0  # how far the pads chosen so far move the later loops
    straddling = []
    for pad, loop in LOOPS:
        block, end = dispatch_block(binary, loop)
        offset = (block + shift) % LINE
        if block % LINE != 0 and (block % LINE) + (end - block) > LINE:
            straddling.append(f"{loop[:40]}…: dispatch block at {block:#x}..{end:#x} straddles a {LINE}-byte line")
        added = (LINE - offset) % LINE
        new_size = (pads.get(pad, 0) + added) % LINE
        shift += new_size - pads.get(pad, 0)
        pads[pad] = new_size
        if check:
            print(f"{loop[:40]}…: dispatch block {end - block} bytes at {block:#x}")
        else:
            print(f"{pad}: {new_size} bytes (dispatch block {end - block} bytes, at {block:#x} before)")
    if check:
        for message in straddling:
            print(message)
        if straddling:
            print("run: python3 Tools/align_dispatch.py && swift build -c release")
            sys.exit(1)
        return
    write_pads(pads)
    print(f"-> {os.path.relpath(PADDING, ROOT)}; rebuild (swift build -c release)")


if __name__ == "__main__":
    main()
