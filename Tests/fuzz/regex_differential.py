#!/usr/bin/env python3
"""Random regular expressions on Tern and on CPython: every result must be the same.

usage: Tests/fuzz/regex_differential.py TERN [--seeds 1,2,3] [--cases N] [--timeout SECONDS]

regex_cases.py builds COUNT patterns from a seed (sets, categories, alternations,
groups, lookarounds, greedy and lazy repeats, str and bytes, IGNORECASE, MULTILINE,
DOTALL) and prints one line of results per case. Each seed is one test per JIT
setting (default, off, forced): Tern's lines must equal CPython's; a failure shows
the first line that differs. Ends with `N passed, N failed`.
"""
import os
import sys

import differential

if __name__ == "__main__":
    sys.exit(differential.main(__doc__, os.path.join(os.path.dirname(os.path.abspath(__file__)), "regex_cases.py"), 4000))
