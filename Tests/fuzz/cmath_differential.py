#!/usr/bin/env python3
"""Every cmath function on random and special arguments, on Tern and on CPython: every
result (its repr, so bit for bit up to NaN signs) and every error must be the same.

usage: Tests/fuzz/cmath_differential.py TERN [--seeds 1,2,3] [--cases N] [--timeout SECONDS]

cmath_cases.py draws COUNT complex numbers from a seed (signed zeros, infinities, NaNs,
subnormals, numbers next to DBL_MAX and to the thresholds where the functions rescale,
points on and next to the branch cuts, random bit patterns) and prints one line per
function call. Each seed is one test per JIT setting (default, off, forced). Ends with
`N passed, N failed`.
"""
import os
import sys

import differential

if __name__ == "__main__":
    sys.exit(differential.main(__doc__, os.path.join(os.path.dirname(os.path.abspath(__file__)), "cmath_cases.py"), 3000))
