// Modules written in Swift, created the first time they are imported. Modules
// written in Python live in the repository's lib/ folder (see ModulePath.swift).

extension VM {
    /// Swift module constructors by name.
    static let nativeModuleBuilders: [String: (VM, Value) throws(Raised) -> Void] = [
        "math": { vm, module throws(Raised) in try vm.installMathModule(module) },
        "cmath": { vm, module throws(Raised) in try vm.installCMathModule(module) },
        "time": { vm, module throws(Raised) in try vm.installTimeModule(module) },
        "_random": { vm, module throws(Raised) in try vm.installRandomCore(module) },
        "tern": { vm, module throws(Raised) in try vm.installTernModule(module) },
        "os": { vm, module throws(Raised) in try vm.installOSModule(module) },
        "posix": { vm, module throws(Raised) in try vm.installPosixModule(module) },
        "gc": { vm, module throws(Raised) in try vm.installGCModule(module) },
        "_sre": { vm, module throws(Raised) in try vm.installRegexModule(module) },
        "_weakref": { vm, module throws(Raised) in try vm.installWeakrefModule(module) },
        "atexit": { vm, module throws(Raised) in try vm.installAtexitModule(module) },
        "_struct": { vm, module throws(Raised) in try vm.installStructModule(module) },
        "_string": { vm, module throws(Raised) in try vm.installStringModule(module) },
        "errno": { vm, module throws(Raised) in try vm.installErrnoModule(module) },
        "binascii": { vm, module throws(Raised) in try vm.installBinasciiModule(module) },
        "_posixsubprocess": { vm, module throws(Raised) in try vm.installPosixSubprocessModule(module) },
        "select": { vm, module throws(Raised) in try vm.installSelectModule(module) },
        "_socketcalls": { vm, module throws(Raised) in try vm.installSocketCallsModule(module) },
        "zlib": { vm, module throws(Raised) in try vm.installZlibModule(module) },
        "unicodedata": { vm, module throws(Raised) in try vm.installUnicodedataModule(module) },
        "_csv": { vm, module throws(Raised) in try vm.installCSVModule(module) },
        "_json": { vm, module throws(Raised) in try vm.installJSONModule(module) },
        "_bisect": { vm, module throws(Raised) in try vm.installBisectModule(module) },
        "_heapq": { vm, module throws(Raised) in try vm.installHeapqModule(module) },
        "_functools": { vm, module throws(Raised) in try vm.installFunctoolsModule(module) },
        "array": { vm, module throws(Raised) in try vm.installArrayModule(module) },
        "_deque": { vm, module throws(Raised) in try vm.installDequeModule(module) },
        "_iobuffers": { vm, module throws(Raised) in
            try vm.installBytesIO(module)
            try vm.installStringIO(module)
        },
        "_abc": { vm, module throws(Raised) in try vm.installABCModule(module) },
        "_decimal": { vm, module throws(Raised) in try vm.installDecimalModule(module) },
        "_asyncio": { vm, module throws(Raised) in try vm.installAsyncioModule(module) },
        "_context_run": { vm, module throws(Raised) in try vm.installContextRunModule(module) },
    ].merging(VM.hashModuleBuilders) { first, _ in first }

    /// The module `name` if it is built into the VM (creating it on first import), else nil.
    func nativeModule(_ name: String) throws(Raised) -> Value? {
        if name == "sys" { return sysModule }
        if name == "builtins" {
            let module = try newModule("builtins")
            ObjectRef(module)[ModuleLayout.dict] = builtinsDict
            try dictSet(DictView(modulesDict), intern(name), module)
            return module
        }
        guard let build = VM.nativeModuleBuilders[name] else { return nil }
        let module = try newModule(name)
        try withRoots(module) { () throws(Raised) in
            try build(self, module)
            try dictSet(DictView(modulesDict), intern(name), module)
        }
        return module
    }

    /// Adds a native function to a module's namespace.
    func defineModuleFunction(_ module: Value, _ name: String, _ function: @escaping NativeFunction) throws(Raised) {
        let native = newPlainNative(name, function)
        ObjectRef(native)[BuiltinFunctionLayout.boundSelf] = module
        try dictSet(DictView(ObjectRef(module)[ModuleLayout.dict]), intern(name), native)
    }

    func setModuleAttribute(_ module: Value, _ name: String, _ value: Value) throws(Raised) {
        try dictSet(DictView(ObjectRef(module)[ModuleLayout.dict]), intern(name), value)
    }
}
