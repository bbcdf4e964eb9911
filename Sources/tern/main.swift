#if canImport(Glibc)
import Glibc
#endif
import TernSyntax
import TernCompiler
import TernVM

// The `tern` command line: CPython's interface (`tern script.py`, `tern -c CODE`,
// an interactive prompt), Tern's own options, and the `report`/`record` tools.
// The VM runs on a thread with a large stack so that deep Python recursion (up to
// the recursion limit) never overflows the Swift stack.

let usage = """
usage: tern [option] ... [-c cmd | -m mod | file | -] [arg] ...
Options:
-c cmd         : program passed in as string (terminates option list)
-m mod         : run library module as a script (terminates option list)
-O, -OO        : remove assert statements and __debug__-dependent code; -OO also docstrings (also PYTHONOPTIMIZE)
-u             : unbuffered standard output (also PYTHONUNBUFFERED)
-B             : imports write no __pycache__ files (also PYTHONDONTWRITEBYTECODE)
-E, -I         : ignore PYTHON* variables; -I also leaves the script's folder off sys.path
-W arg, -X opt : warning control (sys.warnoptions, also PYTHONWARNINGS) and implementation options (sys._xoptions)
-s, -S, -q, -b, -d, -v, -R : accepted; nothing to change in Tern
-h, --help     : print this help message and exit
--version      : print the Tern version and exit
--gc SETTINGS  : collector settings, e.g. nursery=512KB,min_heap=1MB,growth=1.25,max_delta=64MB,max_heap=1GB
                 (also TERN_GC_NURSERY, TERN_GC_MIN_HEAP, TERN_GC_GROWTH, TERN_GC_MAX_DELTA, TERN_GC_MAX_HEAP; docs/gc.md)
--gc-stress N  : a minor collection at every safepoint, a major one at every N-th (also TERN_GC_STRESS=N)
--jit SETTINGS : the tracing JIT: off, or threshold=1039,loop_longevity=400,max_code=16MB,... (also TERN_JIT; docs/jit.md)
--verify-heap  : check every reference after each collection (also TERN_VERIFY_HEAP=1)
--log FILE     : write the telemetry log (JSON lines, docs/telemetry.md) to FILE (also TERN_LOG=FILE)
--dis FILE     : print the bytecode of FILE and exit
--dump-ast FILE: print the syntax tree of FILE as ast.dump() would and exit
file           : program read from script file
arg ...        : arguments passed to program in sys.argv[1:]

Tools:
tern report LOG... -o report.html [--baseline LOG] [--title T]
tern report --summary LOG...
tern record -o LOG -- COMMAND [ARGS...]
"""

func fail(_ message: String) -> Never {
    let text = message + "\n"
    _ = text.withCString { write(2, $0, strlen($0)) }
    exit(2)
}

func readFile(_ path: String) -> String? {
    guard let file = fopen(path, "rb") else { return nil }
    defer { fclose(file) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
        let count = fread(&buffer, 1, buffer.count, file)
        if count <= 0 { break }
        bytes.append(contentsOf: buffer[0..<count])
    }
    return String(decoding: bytes, as: UTF8.self)
}

struct Invocation {
    var code: String? = nil
    var script: String? = nil
    var module: String? = nil
    var ignoreEnvironment = false
    var settings = CommandLineSettings()
    var programArguments: [String] = []
    var gcStress = Int(String(cString: getenv("TERN_GC_STRESS") ?? strdup("0"))) ?? 0
    var verifyHeap = getenv("TERN_VERIFY_HEAP") != nil
    var logPath: String? = getenv("TERN_LOG").map { String(cString: $0) }
    var collector = GCParameters()
    var jit = JITParameters()
}

func parseArguments(_ arguments: [String]) -> Invocation {
    var invocation = Invocation()
    if let error = invocation.collector.applyEnvironment() { fail(error) }
    if let error = invocation.jit.applyEnvironment() { fail(error) }
    var index = 0
    while index < arguments.count {
        let argument = arguments[index]
        switch argument {
        case "-h", "--help":
            print(usage)
            exit(0)
        case "--version":
            print("Tern \(ternVersion) (Python 3.11)")
            exit(0)
        case "--gc-stress":
            guard index + 1 < arguments.count, let every = Int(arguments[index + 1]) else { fail("tern: --gc-stress needs a number") }
            invocation.gcStress = every
            index += 2
            continue
        case "--gc":
            guard index + 1 < arguments.count else { fail("tern: --gc needs settings such as nursery=4MB,max_heap=1GB") }
            if let error = invocation.collector.apply(arguments[index + 1]) { fail(error) }
            index += 2
            continue
        case "--jit":
            guard index + 1 < arguments.count else { fail("tern: --jit needs settings such as off or threshold=200") }
            if let error = invocation.jit.apply(arguments[index + 1]) { fail(error) }
            index += 2
            continue
        case "--verify-heap":
            invocation.verifyHeap = true
        case "--log":
            guard index + 1 < arguments.count else { fail("tern: --log needs a file name") }
            invocation.logPath = arguments[index + 1]
            index += 2
            continue
        case "--dis":
            guard index + 1 < arguments.count, let source = readFile(arguments[index + 1]) else { fail("tern: --dis needs a readable file") }
            do {
                let module = try parse(source: source, filename: arguments[index + 1], mode: .exec)
                print(disassemble(try compile(module, filename: arguments[index + 1], mode: .exec)), terminator: "")
                exit(0)
            } catch {
                fail("tern: \(error)")
            }
        case "--dump-ast":
            exit(astDumpMain(arguments: Array(arguments[(index + 1)...])))
        case "--self-check":
            let stores = storeEliminationSelfCheck(Int(getpid() % 1000))
            print("store elimination: \(stores ? "ok" : "BROKEN: stores through the stack pointer were dropped")")
            exit(stores ? 0 : 1)
        case "--dump-bytecode-doc":
            print(bytecodeDocMarkdown(), terminator: "")
            exit(0)
        case "-":
            invocation.script = "-"
            invocation.programArguments = ["-"] + arguments[(index + 1)...]
            return finish(invocation)
        default:
            if argument.hasPrefix("-") && !argument.hasPrefix("--") && argument.count > 1 {
                // CPython's one-letter options, which may be bundled (-OO, -uB, -Wignore, -mpkg).
                let letters = Array(argument.dropFirst())
                var position = 0
                while position < letters.count {
                    let letter = letters[position]
                    position += 1
                    if "cmWX".contains(letter) {
                        var value = String(letters[position...])
                        if value.isEmpty {
                            index += 1
                            guard index < arguments.count else {
                                fail("Argument expected for the -\(letter) option\n" + shortUsage)
                            }
                            value = arguments[index]
                        }
                        switch letter {
                        case "c":
                            invocation.code = value
                            invocation.programArguments = ["-c"] + arguments[(index + 1)...]
                            return finish(invocation)
                        case "m":
                            invocation.module = value
                            invocation.programArguments = Array(arguments[(index + 1)...])
                            return finish(invocation)
                        case "W": invocation.settings.warnOptions.append(value)
                        default: invocation.settings.xOptions.append(value)
                        }
                        break
                    }
                    switch letter {
                    case "O": invocation.settings.optimize += 1
                    case "u": invocation.settings.unbuffered = true
                    case "B": invocation.settings.dontWriteBytecode = true
                    case "E": invocation.ignoreEnvironment = true
                    case "I": invocation.settings.isolated = true; invocation.ignoreEnvironment = true
                    case "s", "S", "q", "b", "d", "v", "R":
                        break  // no user site, no site, quiet, bytes warnings, debug, verbose, hash seed: nothing to change in Tern
                    case "h", "?":
                        print(usage)
                        exit(0)
                    case "V":
                        print("Tern \(ternVersion) (Python 3.11)")
                        exit(0)
                    case "i":
                        fail("tern: -i (the interactive prompt after the program) is not supported yet")
                    default:
                        fail("Unknown option: -\(letter)\n" + shortUsage)
                    }
                }
                index += 1
                continue
            }
            invocation.script = argument
            invocation.programArguments = Array(arguments[index...])
            return finish(invocation)
        }
        index += 1
    }
    return finish(invocation)
}

let shortUsage = "usage: tern [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry `tern -h' for more information."

/// Applies the PYTHON* variables CPython reads (unless -E or -I said not to).
func finish(_ invocation: Invocation) -> Invocation {
    var invocation = invocation
    guard !invocation.ignoreEnvironment else { return invocation }
    func variable(_ name: String) -> String? {
        guard let value = getenv(name) else { return nil }
        let text = String(cString: value)
        return text.isEmpty ? nil : text
    }
    if let path = variable("PYTHONPATH") { invocation.settings.pythonPath = path.split(separator: ":").map(String.init) }
    if variable("PYTHONUNBUFFERED") != nil { invocation.settings.unbuffered = true }
    if variable("PYTHONDONTWRITEBYTECODE") != nil { invocation.settings.dontWriteBytecode = true }
    invocation.settings.pycachePrefix = variable("PYTHONPYCACHEPREFIX")
    if let level = variable("PYTHONOPTIMIZE") { invocation.settings.optimize = max(invocation.settings.optimize, Int(level) ?? 1) }
    if let warnings = variable("PYTHONWARNINGS") {
        invocation.settings.warnOptions = warnings.split(separator: ",").map(String.init) + invocation.settings.warnOptions
    }
    return invocation
}

func absolutePath(_ path: String) -> String {
    if path.hasPrefix("/") { return path }
    var buffer = [CChar](repeating: 0, count: 4096)
    guard getcwd(&buffer, buffer.count) != nil else { return path }
    return String(cString: buffer) + "/" + path
}

func currentDirectory() -> String {
    var buffer = [CChar](repeating: 0, count: 4096)
    return getcwd(&buffer, buffer.count) != nil ? String(cString: buffer) : ""
}

func directoryOf(_ path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "" }
    return String(path[..<slash])
}

/// Replaces this process with the `tern-report` binary that sits next to `tern`.
func execReportTool(_ arguments: [String]) -> Never {
    var buffer = [CChar](repeating: 0, count: 4096)
    let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
    let executable = length > 0 ? String(cString: buffer) : CommandLine.arguments[0]
    let tool = directoryOf(executable) + "/tern-report"
    var argv: [UnsafeMutablePointer<CChar>?] = ([tool] + arguments).map { strdup($0) }
    argv.append(nil)
    execv(tool, &argv)
    fail("tern: cannot run \(tool): \(String(cString: strerror(errno)))")
}

func runTern() -> Int32 {
    let arguments = Array(CommandLine.arguments.dropFirst())
    if arguments.first == "report" || arguments.first == "record" { execReportTool(arguments) }
    let invocation = parseArguments(arguments)
    // As CPython: a write to a closed pipe raises BrokenPipeError instead of killing the process
    // (subprocess's children get the default back: restore_signals).
    for ignored in [SIGPIPE, SIGXFSZ] { signal(ignored, SIG_IGN) }
    let vm = VM()
    vm.commandLine = invocation.settings
    vm.configure(gcStress: invocation.gcStress, verify: invocation.verifyHeap, collector: invocation.collector, jit: invocation.jit)
    if let path = invocation.logPath, !path.isEmpty { vm.openEventLog(path: path, argv: CommandLine.arguments) }
    let status = runProgram(vm, invocation)
    vm.reportJITTimeIfAsked()
    vm.logLoopsAlive()
    vm.closeEventLog(exitStatus: status)
    return status
}

func runProgram(_ vm: VM, _ invocation: Invocation) -> Int32 {
    if let module = invocation.module {
        return vm.runModuleAsMain(module, arguments: invocation.programArguments, currentDirectory: currentDirectory())
    }
    if let code = invocation.code {
        return vm.runMain(source: code, filename: "<string>", arguments: invocation.programArguments, scriptDirectory: "")
    }
    if let script = invocation.script {
        if script == "-" {
            var text = ""
            while let line = readLine(strippingNewline: false) { text += line }
            return vm.runMain(source: text, filename: "<stdin>", arguments: invocation.programArguments, scriptDirectory: "")
        }
        guard let source = readFile(script) else {
            fail("tern: can't open file '\(absolutePath(script))': [Errno 2] No such file or directory")
        }
        // In CPython 3.9+: the main script's __file__ and its traceback lines use the absolute path.
        return vm.runMain(source: source, filename: absolutePath(script), arguments: invocation.programArguments,
                          scriptDirectory: directoryOf(absolutePath(script)))
    }
    return vm.runInteractive()
}

// Run on a thread with a 1 GB stack (reserved, not committed).
var attributes = pthread_attr_t()
pthread_attr_init(&attributes)
pthread_attr_setstacksize(&attributes, 1 << 30)
var thread = pthread_t()
let created = pthread_create(&thread, &attributes, { _ in
    registerLargeStackThread(bytes: 1 << 30)
    // Exits from this thread: in a process made by os.fork it is the only thread.
    exit(runTern())
}, nil)
if created != 0 { exit(runTern()) }
pthread_join(thread, nil)
