"""Tests of the stand-in pyperf, runnable unchanged on CPython, PyPy and Tern.

Run with the folder above the stand-in on the module path:
    PYTHONPATH=bench python3 bench/pyperf/test_pyperf.py
    TERNPATH=bench .build/release/tern bench/pyperf/test_pyperf.py
It prints `pyperf stand-in: N tests passed` or stops at the first failed assertion.
"""

import sys

import pyperf

passed = 0


def check(condition, what):
    """Counts a passed test or stops with `what`."""
    global passed
    if not condition:
        raise AssertionError(what)
    passed += 1


def exit_status(parser, arguments):
    """The status parse_args exits with for a bad command line, or None if it accepts it."""
    try:
        parser.parse_args(arguments)
    except SystemExit as stop:
        return stop.code
    return None


def declared_parser():
    """A runner's parser with options of the kinds the pyperformance benchmarks declare."""
    runner = pyperf.Runner(add_cmdline_args=None, values=9, processes=2)
    parser = runner.argparser
    parser.add_argument("--width", type=int, default=5, help="image width")
    parser.add_argument("--rng-seed", type=int, default=1234)
    parser.add_argument("--thickness", type=float, default=0.25)
    parser.add_argument("--filename", metavar="FILE.PPM")
    parser.add_argument("--pure-python", action="store_true")
    parser.add_argument("--level", type=int, choices=[1, 25], default=25)
    parser.add_argument("benchmark", nargs="?", choices=["a", "b"])
    return runner, parser


def test_parser():
    """Options, defaults, conversions, positionals and argparse-like errors (status 2)."""
    runner, parser = declared_parser()
    defaults = parser.parse_args([])
    check(defaults.width == 5 and defaults.rng_seed == 1234 and defaults.filename is None,
          "defaults")
    check(defaults.pure_python is False and defaults.benchmark is None, "flag and positional defaults")
    check(defaults.warmups == pyperf.DEFAULT_WARMUPS and defaults.values == pyperf.DEFAULT_VALUES,
          "the stand-in's own options ignore Runner(values=...)")
    given = parser.parse_args(["--width=7", "--rng-seed", "9", "--thickness", "0.5", "b",
                               "--pure-python", "--warmups", "0", "--values", "2"])
    check(given.width == 7 and given.rng_seed == 9 and given.thickness == 0.5, "conversions")
    check(given.benchmark == "b" and given.pure_python is True, "positional and flag")
    check(given.warmups == 0 and given.values == 2, "--warmups and --values")
    for bad in (["--level", "3"], ["--nope"], ["--width"], ["--width", "x"], ["c"]):
        check(exit_status(parser, bad) == 2, "exit status 2 for %r" % (bad,))
    runner.metadata["description"] = "kept"
    check(runner.metadata["description"] == "kept", "metadata is a dict")


def test_runner_counts_iterations():
    """bench_func calls func warmups + values times; bench_time_func passes loops=1."""
    calls = []
    runner = pyperf.Runner()
    runner.parse_args(["--warmups", "2", "--values", "3"])
    runner.bench_func("counted", calls.append, "x")
    check(calls == ["x"] * 5, "bench_func iterations: %r" % (calls,))
    loops_seen = []

    def timed(loops, extra):
        loops_seen.append((loops, extra))
        return 0.25
    runner.bench_time_func("timed", timed, "extra")
    check(loops_seen == [(1, "extra")] * 5, "bench_time_func arguments: %r" % (loops_seen,))


def test_clock_and_implementation():
    """perf_counter moves forward; python_implementation names this interpreter."""
    first = pyperf.perf_counter()
    total = 0
    for number in range(10000):
        total += number
    check(pyperf.CLOCK == "none" or pyperf.perf_counter() >= first, "perf_counter")
    check(pyperf.python_implementation() == sys.implementation.name, "python_implementation")


test_parser()
test_runner_counts_iterations()
test_clock_and_implementation()
print("pyperf stand-in: %d tests passed" % passed)
