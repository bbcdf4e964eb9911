"""Prints what one pyperformance benchmark computes, so implementations can be compared.

Usage: IMPLEMENTATION check.py NAME, with the benchmark's folder (holding
run_benchmark.py) and the folder above this stand-in `pyperf` on the module path.
The script imports the benchmark as a module (its `__main__` part does not run),
does the same work as one benchmark iteration with the default arguments, and
prints the result's `repr()` (or a checksum of it). `bench/run` compares the
output of every implementation with CPython's. A benchmark without an entry in
CHECKS is not checked; the script then exits with status 3.
"""

import sys


def checksum(numbers):
    """A position-weighted sum of integers, so reordered data changes it too."""
    total = 0
    for index, number in enumerate(numbers):
        total = (total * 31 + (index + 1) * number) % 2305843009213693951
    return total


def check_richards(benchmark):
    """run() itself checks holdCount and qpktCount; print them and its verdict."""
    verdict = benchmark.Richards().run(1)
    area = benchmark.taskWorkArea
    return [repr(verdict), repr(area.holdCount), repr(area.qpktCount)]


def check_nbody(benchmark):
    """The energy and every body's position and velocity after one iteration."""
    benchmark.bench_nbody(1, benchmark.DEFAULT_REFERENCE, benchmark.DEFAULT_ITERATIONS)
    lines = [repr(benchmark.report_energy())]
    for position, velocity, mass in benchmark.SYSTEM:
        lines.append(repr((position, velocity, mass)))
    return lines


def check_spectral_norm(benchmark):
    """The two sums whose ratio is the spectral norm, computed as the benchmark does."""
    u = [1] * benchmark.DEFAULT_N
    for _ in range(10):
        v = benchmark.eval_AtA_times_u(u)
        u = benchmark.eval_AtA_times_u(v)
    vBv = vv = 0
    for ue, ve in zip(u, v):
        vBv += ue * ve
        vv += ve * ve
    return [repr(vBv), repr(vv)]


def check_fannkuch(benchmark):
    """The maximum number of flips for the default size."""
    return [repr(benchmark.fannkuch(benchmark.DEFAULT_ARG))]


def check_float(benchmark):
    """The maximised point's repr (three floats)."""
    return [repr(benchmark.benchmark(benchmark.POINTS))]


def check_nqueens(benchmark):
    """How many solutions there are for 8 queens, a checksum of them all, the first and last."""
    solutions = list(benchmark.n_queens(8))
    flat = [column for solution in solutions for column in solution]
    return [repr(len(solutions)), repr(checksum(flat)), repr(solutions[0]), repr(solutions[-1])]


def check_deltablue(benchmark):
    """delta_blue prints a message when a constraint test fails; print the final planner state too."""
    benchmark.delta_blue(100)
    return ["deltablue done", repr(benchmark.planner.current_mark)]


def check_raytrace(benchmark):
    """A checksum of the rendered picture, captured where the benchmark would write a file."""
    pictures = []

    def capture(canvas, filename):
        pictures.append(list(canvas.bytes))
    benchmark.Canvas.write_ppm = capture
    benchmark.bench_raytrace(1, benchmark.DEFAULT_WIDTH, benchmark.DEFAULT_HEIGHT, "captured")
    picture = pictures[0]
    return [repr(len(picture)), repr(sum(picture)), repr(checksum(picture))]


class _ChaosArguments:
    """The default command-line arguments of the chaos benchmark."""

    def __init__(self, benchmark):
        self.thickness = benchmark.DEFAULT_THICKNESS
        self.width = benchmark.DEFAULT_WIDTH
        self.height = benchmark.DEFAULT_HEIGHT
        self.iterations = benchmark.DEFAULT_ITERATIONS
        self.filename = "captured"
        self.rng_seed = benchmark.DEFAULT_RNG_SEED


class _CapturingRunner:
    """Takes the place of pyperf.Runner: keeps the function and arguments instead of timing them."""

    def __init__(self):
        self.metadata = {}
        self.calls = []

    def bench_func(self, name, func, *args):
        self.calls.append((func, args))


def check_chaos(benchmark):
    """A checksum of the fractal image, captured where the benchmark would write a file."""
    images = []

    def capture(image, filename):
        images.append([pixel for column in image for pixel in column])
    benchmark.write_ppm = capture
    runner = _CapturingRunner()
    benchmark.main(runner, _ChaosArguments(benchmark))
    func, args = runner.calls[0]
    func(*args)
    image = images[0]
    return [repr(len(image)), repr(sum(image)), repr(checksum(image))]


def check_go(benchmark):
    """The move the computer chooses (random.seed(1) makes it deterministic)."""
    return [repr(benchmark.versus_cpu())]


def check_hexiom(benchmark):
    """The solved board for the default level, as the benchmark's own check compares it."""
    board, solution = benchmark.LEVELS[benchmark.DEFAULT_LEVEL]
    stream = benchmark.io.StringIO()
    benchmark.solve_file(board.strip(), benchmark.Done.FIRST_STRATEGY, benchmark.DESCENDING, stream)
    output = "\n".join(line.rstrip() for line in stream.getvalue().splitlines())
    return [output, repr(output == solution.rstrip())]


def text_summary(text):
    """Length and checksum of a rendered text's UTF-8 bytes, then its first 60 characters."""
    data = text.encode("utf-8")
    return [repr(len(data)), repr(checksum(data)), repr(text[:60])]


def check_crypto_pyaes(benchmark):
    """A checksum of the ciphertext and whether decrypting gives the clear text back."""
    ciphertext = benchmark.pyaes.AESModeOfOperationCTR(benchmark.KEY).encrypt(benchmark.CLEARTEXT)
    plaintext = benchmark.pyaes.AESModeOfOperationCTR(benchmark.KEY).decrypt(ciphertext)
    return [repr(len(ciphertext)), repr(checksum(ciphertext)), repr(plaintext == benchmark.CLEARTEXT)]


def check_tomli_loads(benchmark):
    """The parsed document's repr(), summarised."""
    return text_summary(repr(benchmark.tomli.loads(benchmark.DATA_FILE.read_text("utf-8"))))


def check_mako(benchmark):
    """The page rendered with the benchmark's sizes (150, 50, 50)."""
    runner = _CapturingRunner()
    benchmark.bench_mako(runner, 150, 50, 50)
    func, args = runner.calls[0]
    return text_summary(func(*args))


def check_django_template(benchmark):
    """The 100x100 table rendered with the benchmark's settings."""
    benchmark.django.conf.settings.configure(TEMPLATES=[{
        "BACKEND": "django.template.backends.django.DjangoTemplates"}])
    benchmark.django.setup()
    runner = _CapturingRunner()
    benchmark.bench_django_template(runner, benchmark.DEFAULT_SIZE)
    func, args = runner.calls[0]
    return text_summary(func(*args))


def check_dulwich_log(benchmark):
    """How many commits the walker visits from HEAD, and a checksum of their ids in order."""
    import os
    repo = benchmark.dulwich.repo.Repo(os.path.join(os.path.dirname(benchmark.__file__), "data", "asyncio.git"))
    ids = [entry.commit.id for entry in repo.get_walker(repo.head())]
    repo.close()
    return [repr(len(ids)), repr(checksum(b"".join(ids))), repr(ids[0])]


def check_sqlglot_v2(benchmark):
    """The normalized condition (the folder's default benchmark)."""
    conjunction = benchmark.parse_one("(A AND B) OR (C AND D) OR (E AND F) OR (G AND H)")
    return [benchmark.normalize.normalize(conjunction).sql()]


def check_sqlglot_v2_parse(benchmark):
    """The parsed query written back as SQL."""
    return text_summary(benchmark.parse_one(benchmark.SQL).sql())


def check_sqlglot_v2_transpile(benchmark):
    """The query transpiled to Spark SQL."""
    return text_summary("\n".join(benchmark.transpile(benchmark.SQL, write="spark")))


def check_sqlglot_v2_optimize(benchmark):
    """The optimized query against the TPC-H schema."""
    return text_summary(benchmark.optimize(benchmark.parse_one(benchmark.SQL), benchmark.TPCH_SCHEMA).sql())


def check_chameleon(benchmark):
    """The 500-row table rendered as the benchmark renders it."""
    template = benchmark.PageTemplate(benchmark.BIGTABLE_ZPT)
    table = [dict(a=1, b=2, c=3, d=4, e=5, f=6, g=7, h=8, i=9, j=10) for _ in range(500)]
    return text_summary(template(options={"table": table}))


def check_html5lib(benchmark):
    """The parsed HTML 5 specification serialized back to text."""
    import os
    import html5lib
    with open(os.path.join(os.path.dirname(benchmark.__file__), "data", "w3_tr_html5.html"), "rb") as file:
        document = html5lib.parse(file.read())
    return text_summary(html5lib.serialize(document))


CHECKS = {
    "richards": check_richards,
    "nbody": check_nbody,
    "spectral_norm": check_spectral_norm,
    "fannkuch": check_fannkuch,
    "float": check_float,
    "nqueens": check_nqueens,
    "deltablue": check_deltablue,
    "raytrace": check_raytrace,
    "chaos": check_chaos,
    "go": check_go,
    "hexiom": check_hexiom,
    "chameleon": check_chameleon,
    "html5lib": check_html5lib,
    "crypto_pyaes": check_crypto_pyaes,
    "tomli_loads": check_tomli_loads,
    "mako": check_mako,
    "django_template": check_django_template,
    "dulwich_log": check_dulwich_log,
    "sqlglot_v2": check_sqlglot_v2,
    "sqlglot_v2_parse": check_sqlglot_v2_parse,
    "sqlglot_v2_transpile": check_sqlglot_v2_transpile,
    "sqlglot_v2_optimize": check_sqlglot_v2_optimize,
}


def main():
    """Runs the check named on the command line and prints its lines."""
    name = sys.argv[1]
    if name not in CHECKS:
        print("no check for %s" % name)
        raise SystemExit(3)
    import run_benchmark
    for line in CHECKS[name](run_benchmark):
        print(line)


if __name__ == "__main__":
    main()
