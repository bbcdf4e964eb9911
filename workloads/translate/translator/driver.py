"""Runs the translation phases in order over one input program and reports time per phase."""

from translator import platform_support
from translator.platform_support import Phase
from translator.errors import SubsetError
from translator.loader import Loader
from translator.flowbuilder import build_all_graphs
from translator.annotator import annotate_program
from translator.rtyper import rtype_program
from translator.pyjitpl import encode_program
from translator.backendopt import optimize_program
from translator.stackcheck import insert_stack_checks
from translator.database_c import build_database
from translator.source_c import write_sources
from translator.compile_c import compile_program, run_and_compare

PHASES = ["annotate", "rtype", "pyjitpl", "backendopt", "stackcheckinsertion", "database_c", "source_c", "compile_c"]


class Options:
    """What to translate and how far to go."""

    def __init__(self):
        self.input_path = None
        self.work_directory = "/tmp/tern-translate"
        self.runtime_directory = None
        self.optimization = "-O0"
        self.compile = True
        self.run = True
        self.reference_python = "python3"
        self.verbose = True
        self.inline_threshold = 30
        self.compile_jobs = 2


class Translation:
    """The state carried from phase to phase, kept alive to the end as RPython's translator does."""

    def __init__(self, options):
        self.options = options
        self.timings = []
        self.program = None
        self.loader = None
        self.annotator = None
        self.rtyper = None
        self.graphs = None
        self.jitcodes = None
        self.database = None
        self.writer = None
        self.compile_result = None
        self.statistics = []

    def say(self, text):
        if self.options.verbose:
            print(text)

    def phase(self, name):
        return Phase(name)

    def record(self, phase, detail):
        seconds = phase.elapsed_ns / 1000000000.0
        self.timings.append((phase.name, seconds))
        self.say("phase " + phase.name + " " + format_seconds(seconds) + " s  " + detail)

    def run(self):
        options = self.options
        with self.phase("annotate") as phase:
            self.loader = Loader(options.input_path)
            self.program = self.loader.load()
            graphs = build_all_graphs(self.program, self.loader.builtins)
            self.annotator = annotate_program(self.program)
        self.record(phase, str(len(graphs)) + " graphs, " + str(count_blocks(graphs)) + " blocks, " +
                    str(self.annotator.blocks_processed) + " block annotations")
        with self.phase("rtype") as phase:
            self.rtyper = rtype_program(self.program, self.annotator)
            self.graphs = self.rtyper.graphs
        self.record(phase, str(self.rtyper.operations_in) + " operations lowered to " +
                    str(self.rtyper.operations_out))
        with self.phase("pyjitpl") as phase:
            self.jitcodes = encode_program(self.rtyper, self.graphs)
        self.record(phase, str(len(self.jitcodes.codes)) + " jitcodes, " + str(self.jitcodes.total_bytes) +
                    " bytes, " + str(len(self.jitcodes.descriptors)) + " descriptors")
        with self.phase("backendopt") as phase:
            optimizer = optimize_program(self.rtyper, self.graphs, options.inline_threshold)
        self.record(phase, optimizer.summary())
        with self.phase("stackcheckinsertion") as phase:
            checker = insert_stack_checks(self.program, self.graphs)
        self.record(phase, str(len(checker.cycles)) + " recursive cycles, " + str(checker.inserted) +
                    " stack checks")
        with self.phase("database_c") as phase:
            self.database = build_database(self.program, self.rtyper, self.graphs)
            self.database.jitcodes = self.jitcodes.codes
        self.record(phase, str(len(self.database.types)) + " types, " + str(len(self.database.graphs)) +
                    " functions, " + str(len(self.database.classes)) + " classes")
        with self.phase("source_c") as phase:
            self.writer = write_sources(self.database, options.work_directory)
        self.record(phase, str(len(self.writer.files)) + " files, " + str(self.writer.total_lines) + " lines")
        if not options.compile:
            return True
        if not platform_support.can_run_commands():
            self.say("phase compile_c skipped: this implementation cannot start the C compiler")
            return True
        with self.phase("compile_c") as phase:
            result = compile_program(self.writer.files, options.work_directory, options.runtime_directory,
                                     options.optimization, options.compile_jobs)
            if result.compiled and options.run:
                run_and_compare(result, options.input_path, options.reference_python)
            self.compile_result = result
        if not result.compiled:
            self.record(phase, "C compilation failed")
            platform_support.error_output(result.compiler_output[:4000])
            return False
        if not options.run:
            self.record(phase, "compiled")
            return True
        if result.matches:
            self.record(phase, "compiled; output matches CPython (" + str(len(result.run_output)) + " bytes)")
            return True
        self.record(phase, "compiled; OUTPUT DIFFERS from CPython (exit " + str(result.run_code) + " vs " +
                    str(result.reference_code) + ")")
        platform_support.error_output(first_difference(result.run_output, result.reference_output) + "\n")
        platform_support.error_output(result.run_errors[:2000])
        return False


def count_blocks(graphs):
    total = 0
    for graph in graphs:
        total += len(graph.iterblocks())
    return total


def format_seconds(seconds):
    whole = int(seconds * 1000 + 0.5)
    text = str(whole // 1000) + "." + str(1000 + whole % 1000)[1:]
    return text


def first_difference(actual, expected):
    actual_lines = actual.split("\n")
    expected_lines = expected.split("\n")
    index = 0
    while index < len(actual_lines) and index < len(expected_lines):
        if actual_lines[index] != expected_lines[index]:
            return "line " + str(index + 1) + ": translated printed " + repr(actual_lines[index]) + \
                ", CPython printed " + repr(expected_lines[index])
        index += 1
    return "outputs differ in length: " + str(len(actual_lines)) + " lines vs " + str(len(expected_lines))


def translate(options):
    """Runs all phases; returns (success, translation). Subset errors are reported, not raised."""
    translation = Translation(options)
    try:
        success = translation.run()
    except SubsetError as error:
        platform_support.error_output("error: " + str(error) + "\n")
        return False, translation
    return success, translation
