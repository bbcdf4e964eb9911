"""Phase 'compile_c': compiles the C sources with the system compiler, runs the program, compares with CPython."""

from translator import platform_support


class CompileResult:
    def __init__(self):
        self.executable = None
        self.compiled = False
        self.compiler_output = ""
        self.run_code = None
        self.run_output = ""
        self.run_errors = ""
        self.reference_code = None
        self.reference_output = ""
        self.matches = False


def makefile_text(source_files, runtime_directory, optimization):
    """A Makefile building the program from the runtime and the generated files, as RPython writes one."""
    objects = ["tern_rt.o"]
    for path in source_files:
        objects.append(platform_support.base_name(path)[:-2] + ".o")
    lines = ["CC = cc",
             "CFLAGS = " + optimization + " -w -I" + runtime_directory + " -I.",
             "OBJECTS = " + " ".join(objects),
             "",
             "program: $(OBJECTS)",
             "\t$(CC) -o program $(OBJECTS) -lm",
             "",
             "tern_rt.o: " + runtime_directory + "/tern_rt.c " + runtime_directory + "/tern_rt.h",
             "\t$(CC) $(CFLAGS) -c " + runtime_directory + "/tern_rt.c -o tern_rt.o",
             "",
             "%.o: %.c program.h",
             "\t$(CC) $(CFLAGS) -c $< -o $@",
             ""]
    return "\n".join(lines)


def compile_program(source_files, directory, runtime_directory, optimization, jobs=2):
    """Builds the program with make (one child process: a big translator forks once), else file by file."""
    if platform_support.path_exists("/usr/bin/make"):
        platform_support.write_text(platform_support.join_path(directory, "Makefile"),
                                    makefile_text(source_files, runtime_directory, optimization))
        result = CompileResult()
        code, out, err = platform_support.run_command(["make", "-B", "-s", "-j", str(jobs), "-C", directory], None, None)
        if code != 0:
            result.compiler_output = err + out
            return result
        result.compiled = True
        result.executable = platform_support.join_path(directory, "program")
        return result
    return compile_files(source_files, directory, runtime_directory, optimization, jobs)


def compile_files(source_files, directory, runtime_directory, optimization, jobs):
    """Compiles each C file to an object (up to `jobs` compilers at once), then links; returns a CompileResult."""
    result = CompileResult()
    compiler = "cc"
    objects = []
    commands = []
    files = [platform_support.join_path(runtime_directory, "tern_rt.c")] + source_files
    for path in files:
        object_path = platform_support.join_path(directory, platform_support.base_name(path)[:-2] + ".o")
        commands.append([compiler, optimization, "-w", "-I", runtime_directory, "-I", directory, "-c", path,
                         "-o", object_path])
        objects.append(object_path)
    running = []
    index = 0
    while index < len(commands) or len(running) > 0:
        while index < len(commands) and len(running) < jobs:
            handle = platform_support.start_command(commands[index])
            if handle is None:
                code, out, err = platform_support.run_command(commands[index], None, None)
                if code != 0:
                    result.compiler_output = err + out
                    return result
            else:
                running.append(handle)
            index += 1
        if len(running) > 0:
            handle = running.pop(0)
            code, out, err = platform_support.finish_command(handle)
            if code != 0:
                for other in running:
                    platform_support.finish_command(other)
                result.compiler_output = err + out
                return result
    executable = platform_support.join_path(directory, "program")
    code, out, err = platform_support.run_command([compiler, "-o", executable] + objects + ["-lm"], None, None)
    if code != 0:
        result.compiler_output = err + out
        return result
    result.compiled = True
    result.executable = executable
    return result


def run_and_compare(result, input_path, reference_python):
    """Runs the compiled program and the input under the reference Python; compares stdout and exit code."""
    code, out, err = platform_support.run_command([result.executable], None, 600)
    result.run_code = code
    result.run_output = out
    result.run_errors = err
    code, out, err = platform_support.run_command([reference_python, input_path], None, 600)
    result.reference_code = code
    result.reference_output = out
    result.matches = result.run_code == result.reference_code and result.run_output == result.reference_output
    return result
