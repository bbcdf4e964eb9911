"""A small stand-in for the `pyperf` module, enough to run pyperformance benchmarks on Tern.

It offers what the classic pyperformance benchmarks use: `Runner` (with
`metadata`, `argparser.add_argument`, `parse_args`, `bench_func`,
`bench_time_func`) and `perf_counter`. Instead of pyperf's calibration and
worker processes it runs a fixed number of warm-up and measured iterations in
this one process, chosen by the harness (`bench/run`), and prints one line:

    tern-bench-result name=NAME clock=perf_counter warmups=T,T values=T,T,T

where each T is the `repr()` of one iteration's seconds. Every iteration does
the same work as one pyperf loop (`bench_time_func` functions get loops=1).

The counts come from the command line (`--warmups N --values N`, pyperf's own
option names and meanings) or, where the `os` module exists, from the
environment (`TERN_BENCH_WARMUPS`, `TERN_BENCH_VALUES`); the command line wins.
The module avoids `argparse`, `json` and `os` on purpose: Tern does not have
them yet. Where `time` is missing too, `perf_counter` returns 0.0, the line says
`clock=none` and the values are meaningless; the harness then reports only the
whole-process time.
"""

import sys

try:
    from time import perf_counter
    CLOCK = "perf_counter"
except ImportError:
    CLOCK = "none"

    def perf_counter():
        """Stands in for time.perf_counter on an implementation without `time`."""
        return 0.0

DEFAULT_WARMUPS = 1
DEFAULT_VALUES = 3
RESULT_PREFIX = "tern-bench-result"


class Namespace:
    """The parsed options, one attribute each (argparse.Namespace's role)."""

    def __repr__(self):
        return "Namespace(%s)" % ", ".join(
            "%s=%r" % (name, value) for name, value in sorted(self.__dict__.items()))


class _Option:
    """One option declared with add_argument: its spellings and how to convert it."""

    def __init__(self, names, options):
        self.names = names
        long_names = [name for name in names if name.startswith("--")]
        self.dest = options.get("dest") or (long_names or names)[0].lstrip("-").replace("-", "_")
        self.action = options.get("action", "store")
        self.convert = options.get("type")
        self.choices = options.get("choices")
        # Positionals take one value; with nargs="?" they may be left out (their default then).
        self.nargs = options.get("nargs")
        self.positional = not names[0].startswith("-")
        if "default" in options:
            self.default = options["default"]
        else:
            self.default = False if self.action == "store_true" else None


class ArgumentParser:
    """An argparse-free parser for the `--name VALUE` options and positionals benchmarks declare."""

    def __init__(self, program="benchmark"):
        self.program = program
        self.options = []

    def add_argument(self, *names, **options):
        """Declares an option; accepts argparse's keywords and uses type, default, choices, action, dest."""
        self.options.append(_Option(list(names), options))

    def _fail(self, message):
        """Exits like argparse does on a bad command line: usage error, status 2."""
        print("%s: error: %s" % (self.program, message), file=sys.stderr)
        raise SystemExit(2)

    def _find(self, name):
        """The option spelled `name`, or None."""
        for option in self.options:
            if name in option.names:
                return option
        return None

    def _store(self, namespace, option, text):
        """Converts one option value, checks its choices and stores it."""
        value = text
        if option.convert is not None:
            try:
                value = option.convert(text)
            except (TypeError, ValueError):
                self._fail("argument %s: invalid value: %r" % (option.names[0], text))
        if option.choices is not None and value not in option.choices:
            self._fail("argument %s: invalid choice: %r" % (option.names[0], value))
        setattr(namespace, option.dest, value)

    def parse_args(self, arguments=None):
        """Parses `arguments` (default sys.argv[1:]) into a Namespace."""
        if arguments is None:
            arguments = sys.argv[1:]
        namespace = Namespace()
        for option in self.options:
            setattr(namespace, option.dest, option.default)
        filled = []
        index = 0
        while index < len(arguments):
            argument = arguments[index]
            index += 1
            if not argument.startswith("-"):
                positional = self._next_positional(namespace, filled)
                if positional is None:
                    self._fail("unrecognized arguments: %s" % argument)
                self._store(namespace, positional, argument)
                filled.append(positional)
                continue
            name, separator, inline_value = argument.partition("=")
            option = self._find(name)
            if option is None:
                self._fail("unrecognized arguments: %s" % argument)
            if option.action == "store_true" or option.action == "store_false":
                setattr(namespace, option.dest, option.action == "store_true")
                continue
            if separator:
                self._store(namespace, option, inline_value)
            elif index < len(arguments):
                self._store(namespace, option, arguments[index])
                index += 1
            else:
                self._fail("argument %s: expected one argument" % name)
        for option in self.options:
            if option.positional and option.nargs is None and option not in filled:
                self._fail("the following arguments are required: %s" % option.dest)
        return namespace

    def _next_positional(self, namespace, filled):
        """The first positional argument not given yet, or None."""
        for option in self.options:
            if option.positional and option not in filled:
                return option
        return None


def python_implementation():
    """The implementation's name in lower case: 'cpython', 'pypy', 'tern'."""
    return sys.implementation.name


def _environment_count(name, fallback):
    """An iteration count from the environment when `os` exists, else `fallback`."""
    try:
        import os
    except ImportError:
        return fallback
    text = os.environ.get(name)
    return int(text) if text else fallback


class Runner:
    """Runs benchmark functions a fixed number of times and prints their iteration times."""

    def __init__(self, values=None, processes=None, loops=0, warmups=None,
                 min_time=0.1, metadata=None, show_name=True,
                 program_args=None, add_cmdline_args=None, _argparser=None,
                 **ignored):
        self.metadata = {} if metadata is None else dict(metadata)
        self.argparser = ArgumentParser(sys.argv[0] if sys.argv else "benchmark")
        self.argparser.add_argument("--warmups", type=int,
                                    default=_environment_count("TERN_BENCH_WARMUPS", DEFAULT_WARMUPS))
        self.argparser.add_argument("--values", type=int,
                                    default=_environment_count("TERN_BENCH_VALUES", DEFAULT_VALUES))
        self.args = None

    def parse_args(self, args=None):
        """Parses the command line once (benchmark options plus --warmups/--values)."""
        if self.args is None:
            self.args = self.argparser.parse_args(args)
        return self.args

    def _run(self, name, one_iteration):
        """Times the warm-up and measured iterations and prints the result line."""
        arguments = self.parse_args()
        warmups = [one_iteration() for _ in range(arguments.warmups)]
        values = [one_iteration() for _ in range(arguments.values)]
        print("%s name=%s clock=%s warmups=%s values=%s" % (
            RESULT_PREFIX, name, CLOCK,
            ",".join([repr(value) for value in warmups]),
            ",".join([repr(value) for value in values])))

    def bench_func(self, name, func, *args, **options):
        """Benchmarks calling func(*args): each iteration is one call, timed around it."""
        def one_iteration():
            started = perf_counter()
            func(*args)
            return perf_counter() - started
        self._run(name, one_iteration)

    def bench_time_func(self, name, time_func, *args, **options):
        """Benchmarks time_func(loops, *args), which times itself: each iteration is loops=1."""
        def one_iteration():
            return time_func(1, *args)
        self._run(name, one_iteration)

    def bench_async_func(self, name, coroutine_function, *args, **options):
        """Benchmarks running coroutine_function(*args) to completion with asyncio.run, timed around it."""
        import asyncio

        def one_iteration():
            started = perf_counter()
            asyncio.run(coroutine_function(*args))
            return perf_counter() - started
        self._run(name, one_iteration)

    def bench_command(self, name, command):
        """Benchmarks running an external command (a list of strings) to completion."""
        import subprocess

        def one_iteration():
            started = perf_counter()
            subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
            return perf_counter() - started
        self._run(name, one_iteration)
