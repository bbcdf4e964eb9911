"""Command line of the translation workload: translate.py [--scale N] [--seed S] [--input FILE] [options]."""

import sys


def script_directory():
    """The directory of this script, found without os (young implementations may lack it)."""
    path = sys.argv[0]
    position = path.rfind("/")
    if position < 0:
        return "."
    return path[:position]


sys.path.insert(0, script_directory())
if hasattr(sys, "setrecursionlimit"):
    sys.setrecursionlimit(10000)

from translator import platform_support
from translator.driver import Options, translate, format_seconds
from translator.generator import generate_program

USAGE = """usage: translate.py [--input FILE.py | --scale N] [--seed S] [--workdir DIR]
                    [--opt -O0|-O1|-O2] [--jobs N] [--no-compile] [--no-run] [--quiet]
  Without --input, translates a synthetic program of --scale modules (default 150).
  --jobs: C compilers run at once in compile_c (default 2)."""


def main(arguments):
    options = Options()
    here = script_directory()
    options.runtime_directory = platform_support.absolute_path(platform_support.join_path(here, "runtime"))
    scale = None
    seed = 1
    index = 0
    while index < len(arguments):
        argument = arguments[index]
        if argument in ["--input", "--scale", "--seed", "--workdir", "--opt", "--reference", "--jobs"]:
            if index + 1 >= len(arguments):
                print(USAGE)
                return 2
            value = arguments[index + 1]
            index += 2
            if argument == "--input":
                options.input_path = value
            elif argument == "--scale":
                scale = int(value)
            elif argument == "--seed":
                seed = int(value)
            elif argument == "--workdir":
                options.work_directory = value
            elif argument == "--opt":
                options.optimization = value
            elif argument == "--jobs":
                options.compile_jobs = int(value)
            else:
                options.reference_python = value
            continue
        if argument == "--no-compile":
            options.compile = False
        elif argument == "--no-run":
            options.run = False
        elif argument == "--quiet":
            options.verbose = False
        else:
            print(USAGE)
            return 2
        index += 1
    if options.input_path is None and scale is None:
        scale = 150
    start = platform_support.clock_ns()
    if options.input_path is None:
        source_directory = platform_support.join_path(options.work_directory, "source")
        options.input_path = generate_program(source_directory, scale, seed)
        if options.verbose:
            print("generated synthetic program: scale " + str(scale) + ", seed " + str(seed) + " in " +
                  source_directory)
    success, translation = translate(options)
    elapsed = (platform_support.clock_ns() - start) / 1000000000.0
    if options.verbose:
        print("total " + format_seconds(elapsed) + " s")
        print("peak RSS of the translator process " + str(platform_support.peak_memory_kb()) + " KB")
    if success:
        return 0
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
