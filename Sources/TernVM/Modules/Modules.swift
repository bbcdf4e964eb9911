#if canImport(Glibc)
import Glibc
#endif
import TernSyntax
import TernCompiler

// Modules: running source as __main__, `import` of .py files and packages found on
// sys.path, and the sys module.

extension VM {
    func newModule(_ name: String) throws(Raised) -> Value {
        let ref = try allocate(kind: .module, typeID: TypeID.module, words: ModuleLayout.words)
        let dict = try newDict()
        ref[ModuleLayout.dict] = dict.ref.value
        ref[ModuleLayout.name] = intern(name)
        try dictSet(dict, names.name, intern(name))
        try dictSet(dict, names.doc, .none)
        try dictSet(dict, names.builtins, builtinsDict)
        return ref.value
    }

    func installSysModule() {
        sysModule = try! newModule("sys")
        permanentRoots.append(sysModule)
        let dict = DictView(ObjectRef(sysModule)[ModuleLayout.dict])
        func set(_ name: String, _ value: Value) { try! dictSet(dict, intern(name), value) }
        set("modules", modulesDict)
        try! dictSet(DictView(modulesDict), intern("sys"), sysModule)
        set("stdout", try! newFile(descriptor: 1, name: "<stdout>", readable: false, writable: true))
        set("stderr", try! newFile(descriptor: 2, name: "<stderr>", readable: false, writable: true))
        set("stdin", try! newFile(descriptor: 0, name: "<stdin>", readable: true, writable: false))
        set("version_info", try! newVersionInfo())
        // CPython's shape, "VERSION (BUILD) [COMPILER]", which platform._sys_version parses.
        set("version", try! newStr("3.11.0 (tern \(ternVersion)) [Swift]"))
        set("maxsize", try! newInt(Int64.max))
        set("byteorder", intern("little"))
        set("platform", intern("linux"))
        installSimpleNamespaceType()
        // cache_tag names the compiled-code cache's files (CodeCacheFiles.swift), as
        // importlib.util.cache_from_source does; sysconfig names its build-time data module after _multiarch.
        set("implementation", try! newSimpleNamespace([("name", intern("tern")), ("cache_tag", intern(codeCacheTag)),
                                                       ("_multiarch", intern("x86_64-linux-gnu"))]))
        set("path", try! newList([]).self)
        set("argv", try! newList([]))
        let native: [(String, NativeFunction)] = [
            ("exit", { vm, arguments throws(Raised) in
                throw vm.raise(exception: try vm.newException(vm.exceptionTypes.systemExit, args: try vm.newTuple(arguments.count > 0 ? [arguments[0]] : [])))
            }),
            ("getrecursionlimit", { vm, arguments throws(Raised) in Value(int: vm.recursionLimit) }),
            ("setrecursionlimit", { vm, arguments throws(Raised) in
                try vm.expectArguments(arguments, "setrecursionlimit", min: 1, max: 1)
                let limit = try vm.indexValue(arguments[0]) { "'\(vm.typeName(arguments[0]))' object cannot be interpreted as an integer" }
                if limit < 1 { throw vm.raiseValueError("recursion limit must be greater or equal than 1") }
                vm.recursionLimit = min(limit, vm.frameCapacity - 16)
                return .none
            }),
            ("exc_info", { vm, arguments throws(Raised) in
                let exception = vm.handledException
                if exception.isNull { return try vm.newTuple([.none, .none, .none]) }
                let traceback = ObjectRef(exception)[ExceptionLayout.traceback]
                return try vm.newTuple([vm.typeOf(exception), exception, traceback.isNull ? .none : traceback])
            }),
            ("exception", { vm, arguments throws(Raised) in vm.handledException.isNull ? .none : vm.handledException }),
            ("intern", { vm, arguments throws(Raised) in vm.internedName(arguments[0]) }),
            ("getsizeof", { vm, arguments throws(Raised) in Value(int: 64) }),
            ("_getframe", { vm, arguments throws(Raised) in
                try vm.expectArguments(arguments, "_getframe", min: 0, max: 1)
                // In CPython: depth is a C int, and a negative one means the caller.
                let depth = arguments.count == 0 ? 0 : try vm.cIntValue(arguments[0]) { "'\(vm.typeName(arguments[0]))' object cannot be interpreted as an integer" }
                return try vm.getFrame(depth: depth)
            }),
        ]
        for (name, function) in native { try! defineModuleFunction(sysModule, name, function) }
        installSysAttributes(set)
        installAsyncGeneratorHooks(set)
        installCoroutineOriginTracking(set)
        installFileMethods()
    }

    /// The lines of source text, ended by `\n`, `\r\n` or `\r` (In CPython: universal
    /// newlines). Scans UTF-8 bytes: splitting by `Character` (grapheme breaking) was a
    /// tenth of the translation workload's instructions. Line ends are character boundaries.
    func sourceLines(_ text: String) -> [Substring] {
        let utf8 = text.utf8
        var lines: [Substring] = []
        var start = utf8.startIndex
        var index = start
        while index != utf8.endIndex {
            let byte = utf8[index]
            index = utf8.index(after: index)
            guard byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") else { continue }
            lines.append(text[start..<utf8.index(before: index)])
            if byte == UInt8(ascii: "\r"), index != utf8.endIndex, utf8[index] == UInt8(ascii: "\n") {
                index = utf8.index(after: index)
            }
            start = index
        }
        lines.append(text[start...])
        return lines
    }

    /// Compiles source text; a syntax error becomes a raised SyntaxError. The
    /// lines of a source read from a file are kept for tracebacks; those of text
    /// compiled at run time are not (In CPython: tracebacks show lines only from
    /// files, through linecache), so code generated in a loop leaves nothing behind.
    func compileSource(_ source: String, filename: String, mode: SourceMode, fromFile: Bool = false) throws(Raised) -> CodeObject {
        if fromFile { sources[filename] = sourceLines(source) }
        return try raisingSyntaxErrors(source) {
            let code = try compiledCode(try parse(source: source, filename: filename, mode: mode), filename: filename, mode: mode)
            // The syntax tree and the compiler's tables are freed now: the next major collection gives
            // their pages back.
            if source.utf8.count > 4096 { heap.mallocTrimPending = true }
            return code
        }
    }

    /// Compiles a tree made from `_ast` objects (compile(tree, ...)); the compiler's errors are raised.
    func compileTree(_ module: Module, filename: String, mode: SourceMode) throws(Raised) -> CodeObject {
        try raisingSyntaxErrors("") { try compiledCode(module, filename: filename, mode: mode) }
    }

    private func compiledCode(_ module: Module, filename: String, mode: SourceMode) throws -> CodeObject {
        let code = try compile(module, filename: filename, mode: mode, optimize: commandLine.optimize)
        for warning in code.warnings { writeStderr(compilerWarningText(warning, filename: filename)) }
        return code
    }

    /// Parses source text (for `compile(..., PyCF_ONLY_AST)`); a syntax error becomes a raised SyntaxError.
    func parseSource(_ source: String, filename: String, mode: SourceMode) throws(Raised) -> Module {
        try raisingSyntaxErrors(source) { try parse(source: source, filename: filename, mode: mode) }
    }

    /// Runs the front end, turning the SyntaxErrorInfo it throws into a raised SyntaxError
    /// (or one of its subclasses) that shows the offending line of `source`.
    private func raisingSyntaxErrors<T>(_ source: String, _ body: () throws -> T) throws(Raised) -> T {
        do {
            return try body()
        } catch let error as SyntaxErrorInfo {
            var info = error
            let lines = sourceLines(source)
            if info.sourceLine.isEmpty, info.line >= 1, info.line <= lines.count {
                info.sourceLine = String(lines[info.line - 1])
            }
            pendingSyntaxError = info
            let type = exceptionTypeIDs[info.kind] ?? exceptionTypes.syntaxError
            let raised = raise(type, info.message)
            pendingSyntaxErrorException = raisedException
            try fillSyntaxError(raisedException, info)
            throw raised
        } catch {
            throw raise(exceptionTypes.syntaxError, "\(error)")
        }
    }

    /// A compiler warning as CPython's warnings.formatwarning shows it: the location, the
    /// category and message, then the source line stripped (none for `<string>` and the like).
    func compilerWarningText(_ warning: CompilerWarning, filename: String) -> String {
        var text = "\(filename):\(warning.line): SyntaxWarning: \(warning.message)\n"
        if !filename.hasPrefix("<"), let lines = sources[filename], warning.line >= 1, warning.line <= lines.count {
            let stripped = lines[warning.line - 1].drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }
            if !stripped.isEmpty { text += "  \(String(stripped.reversed()))\n" }
        }
        return text
    }

    /// Runs compiled module code in `module`'s namespace.
    func runModuleCode(_ code: CodeObject, module: Value) throws(Raised) {
        let codeValue = try loadCode(code)
        let dict = ObjectRef(module)[ModuleLayout.dict]
        let info = codeInfo(of: codeValue)
        _ = try runFrame(info, base: stackTop, function: .null, globals: dict, namespace: dict)
    }

    // MARK: import

    /// Imports the dotted module `name` and returns it (not its top-level package).
    func importDotted(_ name: String) throws(Raised) -> Value {
        let fromList = try newTuple([names.name])
        return try withRoots(fromList) { () throws(Raised) in
            try importName(intern(name), fromList: fromList, level: Value(int: 0), globals: .none)
        }
    }

    /// module.function(*arguments) for a function of Tern's own lib/ that implements a
    /// builtin behaviour in Python (lib/_generic_alias.py).
    func callLibraryFunction(_ module: String, _ function: String, _ arguments: Value...) throws(Raised) -> Value {
        let rooted = try newTuple(arguments)
        return try withRoots(rooted) { () throws(Raised) in
            let callable = try getAttribute(try importDotted(module), intern(function))
            return try call(callable, arguments: (0..<arguments.count).map { TupleView(rooted)[$0] }, keywordNames: .null)
        }
    }

    /// Whether `value` is a module object (sys.modules may hold anything).
    func isModule(_ value: Value) -> Bool { value.isObject && ObjectRef(value).kind == .module }

    func isNativeModuleName(_ name: String) -> Bool {
        name == "sys" || name == "builtins" || VM.nativeModuleBuilders[name] != nil
    }

    func importName(_ name: Value, fromList: Value, level: Value, globals: Value) throws(Raised) -> Value {
        var fullName = swiftString(name)
        let levelCount = smallIntValue(level).map { Int($0) } ?? 0
        if levelCount > 0 {
            var package = ""
            let packageValue = dictGetStr(DictView(globals), names.package)
            if isStr(packageValue) {
                package = swiftString(packageValue)
            } else {
                let moduleName = swiftString(dictGetStr(DictView(globals), names.name))
                package = dictGetStr(DictView(globals), names.path).isNull ? String(moduleName.split(separator: ".").dropLast().joined(separator: ".")) : moduleName
            }
            var parts = package.split(separator: ".").map(String.init)
            if levelCount - 1 > parts.count || package.isEmpty {
                throw raise(exceptionTypes.importError, "attempted relative import with no known parent package")
            }
            parts.removeLast(levelCount - 1)
            fullName = (parts + (fullName.isEmpty ? [] : [fullName])).joined(separator: ".")
        }
        let components = fullName.split(separator: ".").map(String.init)
        var module = Value.null
        var prefix = ""
        for component in components {
            let parent = module
            prefix = prefix.isEmpty ? component : prefix + "." + component
            module = try importModule(prefix, parent: parent)
        }
        let hasFromList = !fromList.isNull && !fromList.isNone && (typeID(of: fromList) != TypeID.tuple || TupleView(fromList).count > 0)
        if hasFromList {
            // Submodules named in the from-list are imported too.
            // (sys.modules may hold any object: only a module is looked into for submodules.)
            if isModule(module) && !dictGetStr(DictView(ObjectRef(module)[ModuleLayout.dict]), names.path).isNull {
                let list = TupleView(fromList)
                for index in 0..<list.count {
                    let item = swiftString(list[index])
                    if item != "*" && dictGetStr(DictView(ObjectRef(module)[ModuleLayout.dict]), intern(item)).isNull {
                        // A from-list name that is no submodule is left to IMPORT_FROM; any
                        // other failure while importing the submodule propagates, as in CPython.
                        let submodule = fullName + "." + item
                        do throws(Raised) {
                            _ = try importModule(submodule, parent: module)
                        } catch {
                            guard exceptionMatches(raisedException, exceptionTypes.moduleNotFoundError),
                                  isException(raisedException),
                                  instanceSlotValue(ObjectRef(raisedException), intern("name")) == intern(submodule) else { throw error }
                            raisedException = .null
                        }
                    }
                }
            }
            return module
        }
        if levelCount > 0 { return module }
        return dictGetStr(DictView(modulesDict), intern(components[0]))
    }

    private func importModule(_ fullName: String, parent: Value) throws(Raised) -> Value {
        let key = intern(fullName)
        let existing = dictGetStr(DictView(modulesDict), key)
        if existing.isNone {
            let exception = try newException(exceptionTypes.moduleNotFoundError,
                                             message: "import of \(fullName) halted; None in sys.modules")
            try setInstanceSlot(ObjectRef(exception), intern("name"), key)
            throw raise(exception: exception)
        }
        if !existing.isNull { return existing }
        if let builtin = try nativeModule(fullName) { return builtin }
        let shortName = String(fullName.split(separator: ".").last!)
        if let found = findModuleSource(shortName, in: moduleSearchPath(parent: parent)) {
            return try executeModule(fullName, filename: found.filename, packagePath: found.packagePath, parent: parent)
        }
        if let module = try moduleFromMetaPath(fullName, parent: parent) { return module }
        // Without CPython's library most of the standard library is missing: say so.
        var hint = parent.isNull && cpythonLibrary == nil
            ? " (Tern found no CPython 3.11 standard library: install python3.11 or set TERN_STDLIB)" : ""
        if !parent.isNull && (!isModule(parent) || dictGetStr(DictView(ObjectRef(parent)[ModuleLayout.dict]), names.path).isNull) {
            hint = "; '\(fullName.split(separator: ".").dropLast().joined(separator: "."))' is not a package"
        }
        let exception = try newException(exceptionTypes.moduleNotFoundError, message: "No module named '\(fullName)'\(hint)")
        try setInstanceSlot(ObjectRef(exception), intern("name"), key)
        throw raise(exception: exception)
    }

    /// The module a finder a program put on sys.meta_path loads (lib/_meta_path.py), or nil
    /// when sys.meta_path is empty or no finder knows `fullName`.
    private func moduleFromMetaPath(_ fullName: String, parent: Value) throws(Raised) -> Value? {
        let metaPath = dictGetStr(DictView(ObjectRef(sysModule)[ModuleLayout.dict]), intern("meta_path"))
        guard typeID(of: metaPath) == TypeID.list, ListView(metaPath).count > 0 else { return nil }
        var path = Value.none
        if isModule(parent) {
            let parentPath = dictGetStr(DictView(ObjectRef(parent)[ModuleLayout.dict]), names.path)
            if !parentPath.isNull { path = parentPath }
        }
        let module = try callLibraryFunction("_meta_path", "find_and_load", intern(fullName), path)
        if module.isNone { return nil }
        if isModule(parent) {
            try withRoots(module) { () throws(Raised) in
                try dictSet(DictView(ObjectRef(parent)[ModuleLayout.dict]), intern(String(fullName.split(separator: ".").last!)), module)
            }
        }
        return module
    }

    /// The folders a module is looked for in: sys.path for a top-level module, else its
    /// parent package's `__path__` (entries that are not str are skipped, as CPython does).
    func moduleSearchPath(parent: Value) -> [String] {
        if !parent.isNull && !isModule(parent) { return [] }
        let path = parent.isNull ? dictGetStr(DictView(ObjectRef(sysModule)[ModuleLayout.dict]), intern("path"))
            : dictGetStr(DictView(ObjectRef(parent)[ModuleLayout.dict]), names.path)
        guard typeID(of: path) == TypeID.list else { return [] }
        let list = ListView(path)
        var folders: [String] = []
        for index in 0..<list.count where isStr(list[index]) { folders.append(swiftString(list[index])) }
        return folders
    }

    /// The first readable `shortName/__init__.py` (a package, with its folder) or `shortName.py` along `searchPath`.
    func findModuleSource(_ shortName: String, in searchPath: [String]) -> (filename: String, packagePath: String?)? {
        for directory in searchPath {
            let base = directory.isEmpty ? shortName : directory + "/" + shortName
            if isReadableFile(base + "/__init__.py") { return (base + "/__init__.py", base) }
            if isReadableFile(base + ".py") { return (base + ".py", nil) }
        }
        return nil
    }

    private func executeModule(_ fullName: String, filename: String, packagePath: String?, parent: Value) throws(Raised) -> Value {
        let module = try newModule(fullName)
        let dict = DictView(ObjectRef(module)[ModuleLayout.dict])
        try dictSet(dict, names.file, try newStr(filename))
        if let packagePath {
            try dictSet(dict, names.path, try newList([try newStr(packagePath)]))
            try dictSet(dict, names.package, intern(fullName))
        } else {
            try dictSet(dict, names.package, intern(String(fullName.split(separator: ".").dropLast().joined(separator: "."))))
        }
        try dictSet(DictView(modulesDict), intern(fullName), module)
        do throws(Raised) {
            try withRoots(module) { () throws(Raised) in
                try runModuleCode(try moduleCode(filename: filename), module: module)
            }
        } catch {
            let saved = raisedException
            _ = try? dictRemove(DictView(modulesDict), intern(fullName))
            raisedException = saved
            throw error
        }
        if !parent.isNull {
            try dictSet(DictView(ObjectRef(parent)[ModuleLayout.dict]), intern(String(fullName.split(separator: ".").last!)), module)
        }
        return dictGetStr(DictView(modulesDict), intern(fullName))
    }

    /// Whether `path` opens for reading and is no folder.
    func isReadableFile(_ path: String) -> Bool {
        let descriptor = Glibc.open(path, O_RDONLY)
        if descriptor < 0 { return false }
        defer { Glibc.close(descriptor) }
        var status = stat()
        return fstat(descriptor, &status) == 0 && (status.st_mode & S_IFMT) != S_IFDIR
    }

    func readTextFile(_ path: String) -> String? {
        let descriptor = Glibc.open(path, O_RDONLY)
        if descriptor < 0 { return nil }
        defer { Glibc.close(descriptor) }
        return readTextFile(descriptor)
    }

    /// The text of the file open at `descriptor`, read to its end; nil for a folder.
    func readTextFile(_ descriptor: Int32) -> String? {
        var stat = stat()
        if fstat(descriptor, &stat) != 0 || (stat.st_mode & S_IFMT) == S_IFDIR { return nil }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, 65536) }
            if count <= 0 { break }
            bytes.append(contentsOf: chunk[0..<count])
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    func importFrom(_ module: Value, _ name: Value) throws(Raised) -> Value {
        let value = try getAttributeOrNull(module, name)
        if !value.isNull { return value }
        var moduleName = "<unknown module name>", location = "unknown location"
        if isModule(module) {
            let dict = DictView(ObjectRef(module)[ModuleLayout.dict])
            let found = dictGetStr(dict, names.name)
            if isStr(found) {
                moduleName = swiftString(found)
                let submodule = dictGetStr(DictView(modulesDict), intern(moduleName + "." + swiftString(name)))
                if !submodule.isNull { return submodule }
            }
            let file = dictGetStr(dict, names.file)
            if isStr(file) { location = swiftString(file) }
        }
        let error = raise(exceptionTypes.importError, "cannot import name '\(swiftString(name))' from '\(moduleName)' (\(location))")
        if isException(raisedException) {
            try setInstanceSlot(ObjectRef(raisedException), intern("name"), try newStr(moduleName))
        }
        throw error
    }

    func importStar(_ module: Value, into frame: UnsafeMutablePointer<Frame>) throws(Raised) {
        let dict = DictView(ObjectRef(module)[ModuleLayout.dict])
        let all = dictGetStr(dict, names.all)
        var entries: [(Value, Value)] = []
        if !all.isNull {
            try forEach(all) { (name) throws(Raised) in entries.append((name, try getAttribute(module, internedName(name)))) }
        } else {
            try dictForEach(dict) { (key, value) throws(Raised) in
                if !swiftString(key).hasPrefix("_") { entries.append((key, value)) }
            }
        }
        for (key, value) in entries { try storeName(frame, key, value) }
    }

    func setupAnnotations(_ frame: UnsafeMutablePointer<Frame>) throws(Raised) {
        let namespace = frame.pointee.namespace.isNull ? frame.pointee.globals : frame.pointee.namespace
        if namespace.isObject && ObjectRef(namespace).kind == .dict {
            if dictGetStr(DictView(namespace), names.annotations).isNull {
                try dictSet(DictView(namespace), names.annotations, try newDict().ref.value)
            }
            return
        }
        // exec() with another mapping as locals: its own __getitem__ and __setitem__.
        do throws(Raised) {
            _ = try getItem(namespace, names.annotations)
        } catch {
            guard exceptionMatches(raisedException, exceptionTypes.keyError) else { throw error }
            raisedException = .null
            try setItem(namespace, names.annotations, try newDict().ref.value)
        }
    }

    /// PRINT_EXPR at the prompt and in "single" mode code (doctest): calls sys.displayhook.
    func printExpressionValue(_ value: Value) throws(Raised) {
        let hook = dictGetStr(DictView(ObjectRef(sysModule)[ModuleLayout.dict]), intern("displayhook"))
        guard !hook.isNull else { throw raise(exceptionTypes.runtimeError, "lost sys.displayhook") }
        _ = try call(hook, value)
    }

    /// sys.displayhook: prints repr(value) to sys.stdout unless it is None, and keeps it in builtins._.
    func displayValue(_ value: Value) throws(Raised) {
        if value.isNone { return }
        try dictSet(DictView(builtinsDict), intern("_"), .none)
        try withRoots(value) { () throws(Raised) in try writeText(try reprString(value) + "\n", to: .null) }
        try dictSet(DictView(builtinsDict), intern("_"), value)
    }
}
