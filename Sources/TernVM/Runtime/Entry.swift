#if canImport(Glibc)
import Glibc
#endif
import TernSyntax
import TernCompiler

// The embedding API the command line uses: run a file or a string as __main__,
// turning an uncaught exception into CPython's traceback and exit status.

public let ternVersion = "0.1.0"

extension VM {
    /// `tern -m NAME ARGS`: finds the module NAME on sys.path (importing its parent packages;
    /// a package runs its `__main__` submodule) and runs it as __main__, as CPython's runpy does.
    public func runModuleAsMain(_ name: String, arguments: [String], currentDirectory: String) -> Int32 {
        prepareRootFrame()
        configureSys(arguments: ["-m"] + arguments, scriptDirectory: currentDirectory)
        return exitStatus { () throws(Raised) -> Int32 in
            guard let found = try locateMainModule(name, reportMissing: true) else { return 1 }
            var argv: [Value] = []
            for argument in [found.path] + arguments { argv.append(try newStr(argument)) }
            try dictSet(DictView(ObjectRef(sysModule)[ModuleLayout.dict]), intern("argv"), try newList(argv))
            runModuleMainFile = found.path
            // As runpy: __spec__ is the module's own spec (under its real name), __loader__ its loader.
            let spec = try callLibraryFunction("importlib.util", "spec_from_file_location",
                                               try newStr(found.name), try newStr(found.path))
            try withRoots(spec) { () throws(Raised) in
                try runAsMain(found.source, filename: found.path, package: found.package, spec: spec)
            }
            return 0
        }
    }

    /// Runs `body` (which runs the program) to the end: an uncaught exception is reported as
    /// CPython reports it, finalizers run and output is flushed; returns the exit status.
    private func exitStatus(_ body: () throws(Raised) -> Int32) -> Int32 {
        var status: Int32
        do throws(Raised) {
            status = try body()
        } catch {
            status = reportUncaught()
        }
        runAtexitCallbacks()
        finalizeAtExit()
        flushStdout()
        return status
    }

    /// Compiles `source` and runs it in a fresh `__main__` module (`__file__` unless it is a string; a
    /// module run by `-m` has its package, spec and loader).
    private func runAsMain(_ source: String, filename: String, package: String? = nil, spec: Value = .none) throws(Raised) {
        let module = try newModule("__main__")
        let dict = DictView(ObjectRef(module)[ModuleLayout.dict])
        try dictSet(DictView(modulesDict), names.main, module)
        // In CPython __main__'s __builtins__ is the builtins module (other modules get its dict).
        try dictSet(dict, names.builtins, try importDotted("builtins"))
        let fromFile = filename != "<string>" && filename != "<stdin>"
        if filename != "<string>" { try dictSet(dict, names.file, try newStr(filename)) }
        if let package { try dictSet(dict, names.package, intern(package)) }
        try dictSet(dict, names.spec, spec)
        if !spec.isNone { try dictSet(dict, intern("__loader__"), try getAttribute(spec, intern("loader"))) }
        let code = try compileSource(source, filename: filename, mode: .exec, fromFile: fromFile)
        try runModuleCode(code, module: module)
    }

    /// The module `name` names for `-m` (a package's __main__ for a package): its full name, file,
    /// source and package; nil (after CPython's one-line message on stderr) when there is none.
    /// Parent packages are imported on the way.
    private func locateMainModule(_ name: String, reportMissing: Bool) throws(Raised) -> (name: String, path: String, source: String, package: String)? {
        let executable = swiftString(dictGetStr(DictView(ObjectRef(sysModule)[ModuleLayout.dict]), intern("executable")))
        let components = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard !components.contains(where: \.isEmpty) else {
            writeStderr("\(executable): Relative module names not supported\n")
            return nil
        }
        let packageName = components.dropLast().joined(separator: ".")
        var package = Value.null
        if !packageName.isEmpty {
            do {
                package = try importDotted(packageName)
            } catch {
                let exception = raisedException
                guard exceptionMatches(exception, exceptionTypes.importError) else { throw error }
                raisedException = .null
                let message = (try? strString(exception)) ?? ""
                writeStderr("\(executable): Error while finding module specification for '\(name)' (\(typeName(exception)): \(message))\n")
                return nil
            }
        }
        if let found = findModuleSource(components[components.count - 1], in: moduleSearchPath(parent: package)) {
            guard found.packagePath != nil else { return (name, found.filename, readTextFile(found.filename) ?? "", packageName) }
            // A package runs as its __main__ submodule.
            _ = try importDotted(name)
            if let main = try locateMainModule(name + ".__main__", reportMissing: false) { return main }
            writeStderr("\(executable): No module named \(name).__main__; '\(name)' is a package and cannot be directly executed\n")
            return nil
        }
        guard reportMissing else { return nil }
        if isNativeModuleName(name) {
            writeStderr("\(executable): No code object available for \(name)\n")
        } else {
            writeStderr("\(executable): No module named \(name)\n")
        }
        return nil
    }

    /// Runs `source` as the __main__ module; returns the process exit status.
    public func runMain(source: String, filename: String, arguments: [String], scriptDirectory: String?) -> Int32 {
        prepareRootFrame()
        configureSys(arguments: arguments, scriptDirectory: scriptDirectory ?? "")
        return exitStatus { () throws(Raised) -> Int32 in
            try runAsMain(source, filename: filename)
            return 0
        }
    }

    /// sys.argv, and sys.path: the script's folder (not under -I), $PYTHONPATH, $TERNPATH,
    /// Tern's lib/, then CPython 3.11's pure-Python standard library; and what the command line's options show in sys.
    func configureSys(arguments: [String], scriptDirectory: String) {
        let sysDict = DictView(ObjectRef(sysModule)[ModuleLayout.dict])
        try! dictSet(sysDict, intern("argv"), try! newList(arguments.map { try! newStr($0) }))
        var path: [Value] = commandLine.isolated ? [] : [try! newStr(scriptDirectory)]
        for item in commandLine.pythonPath { path.append(try! newStr(item)) }
        if let extra = getenvString("TERNPATH") { for item in extra.split(separator: ":") { path.append(try! newStr(String(item))) } }
        if let library = libraryDirectory() { path.append(try! newStr(library)) }
        if let standardLibrary = cpythonLibrary { path.append(try! newStr(standardLibrary)) }
        try! dictSet(sysDict, intern("path"), try! newList(path))
        var buffer = [CChar](repeating: 0, count: 4096)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        try! dictSet(sysDict, intern("executable"), try! newStr(length > 0 ? String(cString: buffer) : "tern"))
        try! dictSet(sysDict, intern("warnoptions"), try! newList(commandLine.warnOptions.map { try! newStr($0) }))
        let xOptions = try! newDict()
        for option in commandLine.xOptions {
            let parts = option.split(separator: "=", maxSplits: 1).map(String.init)
            try! dictSet(xOptions, try! newStr(parts.first ?? ""), parts.count > 1 ? try! newStr(parts[1]) : .true)
        }
        try! dictSet(sysDict, intern("_xoptions"), xOptions.ref.value)
        try! dictSet(sysDict, intern("dont_write_bytecode"), Value(bool: commandLine.dontWriteBytecode))
        let prefix = commandLine.xOptions.last { $0.hasPrefix("pycache_prefix=") }.map { String($0.dropFirst(15)) } ?? commandLine.pycachePrefix
        try! dictSet(sysDict, intern("pycache_prefix"), prefix.map { try! newStr($0) } ?? .none)
        try! dictSet(sysDict, intern("flags"), try! newFlags())
        try! dictSet(sysDict, intern("float_info"), try! newFloatInfo())
    }

    /// Prints the pending exception like CPython and returns the exit status.
    func reportUncaught() -> Int32 {
        let exception = raisedException
        raisedException = .null
        flushStdout()
        if let syntax = pendingSyntaxError, exception == pendingSyntaxErrorException {
            pendingSyntaxError = nil
            var text = "  File \"\(syntax.filename)\", line \(syntax.line)\n"
            text += syntaxErrorSourceLines(syntax)
            text += "\(syntax.kind): \(syntax.message)\n"
            writeStderr(text)
            return 1
        }
        guard isException(exception) else { return 1 }
        if exceptionMatches(exception, exceptionTypes.systemExit) {
            // In CPython: the exit status is SystemExit.code (None, the one argument, or the args tuple).
            let args = TupleView(ObjectRef(exception)[ExceptionLayout.args])
            let own = instanceSlotValue(ObjectRef(exception), intern("code"))
            let code = !own.isNull ? own : (args.count == 0 ? Value.none : (args.count == 1 ? args[0] : args.ref.value))
            if code.isNone { return 0 }
            if let small = smallIntValue(code) { return Int32(truncatingIfNeeded: small) }
            writeStderr(((try? strString(code)) ?? "") + "\n")
            return 1
        }
        writeStderr(formatTraceback(exception))
        return 1
    }

    /// The offending line and its carets, as CPython 3.11's print_error_text draws them:
    /// `^` from the error's column to its end column (to the line's end when the error
    /// spans lines; one `^` when the end is unknown), no caret line when the column
    /// falls in the indentation (IndentationError, TabError).
    func syntaxErrorSourceLines(_ syntax: SyntaxErrorInfo) -> String {
        let line = Array(syntax.sourceLine.unicodeScalars.filter { $0 != "\n" })
        var endColumn = syntax.endColumn
        // The line counts with its newline, as CPython's SyntaxError.text does.
        if syntax.endLine > syntax.line { endColumn = line.count + 1 }
        endColumn = min(endColumn, line.count + 2)
        let carets = endColumn > 0 && endColumn > syntax.column ? endColumn - syntax.column : 1
        var removed = 0
        while removed < line.count && (line[removed] == " " || line[removed] == "\t" || line[removed] == "\u{0C}") {
            removed += 1
        }
        let stripped = line[removed...]
        if stripped.isEmpty { return "" }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: stripped)
        var result = "    \(String(text))\n"
        let offset = min(syntax.column - 1 - removed, stripped.count)
        if offset < 0 { return result }
        result += "    " + String(repeating: " ", count: offset) + String(repeating: "^", count: carets) + "\n"
        return result
    }

    /// Frame 0 is a sentinel so that `stackTop` is always defined.
    func prepareRootFrame() {
        if frameCount > 0 { return }
        let placeholder = UnsafeMutablePointer<CodeInfo>.allocate(capacity: 1)
        let empty = UnsafeMutablePointer<UInt32>.allocate(capacity: 1)
        let values = UnsafeMutablePointer<Value>.allocate(capacity: 1)
        let caches = UnsafeMutablePointer<InlineCache>.allocate(capacity: 1)
        let cells = UnsafeMutablePointer<Int>.allocate(capacity: 1)
        placeholder.initialize(to: CodeInfo(instructions: empty, instructionCount: 0, constants: values, constantCount: 0, names: values, nameCount: 0,
                                            varNames: values, caches: caches, cacheCount: 0, cellParameter: cells, localCount: 0, cellCount: 0,
                                            freeCount: 0, slotCount: 0, stackSize: 0, argCount: 0, positionalOnlyCount: 0,
                                            keywordOnlyCount: 0, flags: 0, index: -1, simpleArguments: true, isGenerator: false,
                                            codeValue: .null))
        frames[0] = Frame(code: placeholder, pc: 0, currentInstruction: 0, base: stackBase, sp: stackBase, function: .null,
                          globals: .null, namespace: .null, generator: .null, isEntry: true)
        frameCount = 1
    }

    public func configure(gcStress: Int, verify: Bool, collector: GCParameters = GCParameters(),
                          jit jitParameters: JITParameters = JITParameters()) {
        jit.parameters = jitParameters
        gcStressEvery = gcStress
        verifyHeap = verify
        heap.configure(collector)
        if gcStress > 0 { heap.collectionRequested = true }
    }
}

/// The folder of modules written in Python: $TERNLIB, else the `lib/` folder found
/// by walking up from the executable (`.build/release/tern` sits inside the checkout).
func libraryDirectory() -> String? {
    if let explicit = getenvString("TERNLIB") { return explicit }
    var buffer = [CChar](repeating: 0, count: 4096)
    let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
    guard length > 0 else { return nil }
    var directory = String(cString: buffer)
    for _ in 0..<6 {
        guard let slash = directory.lastIndex(of: "/") else { return nil }
        directory = String(directory[..<slash])
        let candidate = directory + "/lib"
        if access(candidate + "/.tern-lib", F_OK) == 0 { return candidate }
    }
    return nil
}

/// The pure-Python standard library of an installed CPython 3.11, which Tern runs unchanged
/// behind its own lib/: $TERN_STDLIB when set (empty: none), else the `lib/python3.11`
/// beside the first `python3.11` or `python3` on $PATH, else the usual system places.
/// Looked for once per process (sys.path, sys.prefix and import errors all ask).
let cpythonLibrary: String? = findCPythonLibrary()

private func findCPythonLibrary() -> String? {
    if let explicit = getenvString("TERN_STDLIB") { return explicit.isEmpty ? nil : explicit }
    var candidates: [String] = []
    for folder in (getenvString("PATH") ?? "").split(separator: ":") {
        for program in ["python3.11", "python3"] {
            guard let real = realpath(folder + "/" + program, nil) else { continue }
            defer { free(real) }
            var prefix = String(cString: real)
            for _ in 0..<2 { prefix = String(prefix[..<(prefix.lastIndex(of: "/") ?? prefix.startIndex)]) }
            candidates.append(prefix + "/lib/python3.11")
        }
    }
    candidates += ["/usr/lib/python3.11", "/usr/local/lib/python3.11"]
    return candidates.first { access($0 + "/os.py", F_OK) == 0 }
}

func getenvString(_ name: String) -> String? {
    guard let value = getenv(name) else { return nil }
    return String(cString: value)
}
