#!/usr/bin/env python3
"""Hand-made code for `_sre.compile` never crashes or hangs Tern.

usage: Tests/fuzz/regex_code_mutations.py TERN [--seeds 1,2,3] [--timeout SECONDS]

`re` compiles well-formed code, but `_sre.compile` takes any list of ints. For each seed,
Tern (in a child process) compiles random patterns with `re`'s own compiler, then hands
`_sre.compile` every truncation of each code and every word replaced by other values
(opcodes, operands, skips one off), and runs what it accepts on a few subjects. Each
attempt must either raise RuntimeError('invalid SRE code') or match without crashing.
This is Tern-only: CPython's validator lets some of these codes through and then crashes
or loops (Modules/_sre, 3.11). Ends with `N passed, N failed`.
"""
import argparse
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def mutate_all(seed):
    """The child: runs under Tern, prints one summary line."""
    import random
    import re
    import _sre
    from re import _compiler, _parser
    sys.argv = ["regex_cases.py", str(seed), "0"]
    sys.path.insert(0, HERE)
    import regex_cases
    regex_cases.rng.seed(seed)
    rng = random.Random(seed)
    subjects = ["xxab abc bcab aabbccc fooabc ac y", "", "a\nb\n", "\xe9\u0101ab\u4e00"]
    accepted = rejected = 0
    for _ in range(12):
        pattern = regex_cases.random_pattern(regex_cases.ATOMS)
        flags = rng.choice([0, 0, re.IGNORECASE, re.IGNORECASE | re.ASCII, re.DOTALL | re.MULTILINE])
        try:
            parsed = _parser.parse(pattern, flags)
        except Exception:
            continue
        code = _compiler._code(parsed, flags)
        groups = parsed.state.groups

        def attempt(candidate):
            nonlocal accepted, rejected
            try:
                compiled = _sre.compile(pattern, parsed.state.flags, candidate, groups - 1,
                                        parsed.state.groupdict, tuple([None] * groups))
            except RuntimeError as error:
                assert str(error) == "invalid SRE code", error
                rejected += 1
                return
            accepted += 1
            for subject in subjects:
                try:
                    compiled.search(subject)
                    compiled.match(subject)
                    compiled.fullmatch(subject)
                    compiled.findall(subject)
                except MemoryError:
                    pass    # the matcher's stacks outgrew their limit: a repeat of 2**32 - 1

        attempt(code)
        for length in range(len(code)):
            attempt(code[:length])
        for index in range(len(code)):
            for value in (0, 1, 2, 7, 15, 17, 18, 19, 23, 24, 26, 27, 28, 29, 0xFFFFFFFF,
                          min(code[index] + 1, 0xFFFFFFFF), max(code[index] - 1, 0), rng.randrange(45)):
                candidate = list(code)
                candidate[index] = value
                attempt(candidate)
    print(f"seed {seed}: {accepted} codes accepted and run, {rejected} rejected")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("tern")
    parser.add_argument("--seeds", default="1,2,3")
    parser.add_argument("--timeout", type=float, default=300)
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.child is not None:
        mutate_all(options.child)
        return 0
    from differential import output_of
    passed = failed = 0
    for seed in options.seeds.split(","):
        report, error = output_of([options.tern, os.path.abspath(__file__), options.tern, "--child", seed], options.timeout)
        if error:
            print(f"FAIL seed {seed}: {error}")
            failed += 1
        else:
            print(f"ok   {report[-1] if report else ''}")
            passed += 1
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
